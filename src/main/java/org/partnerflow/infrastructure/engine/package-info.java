/** Plain SQL and plugins on Camunda's own tables (see the infrastructure module's contract). */
@org.springframework.modulith.NamedInterface("engine")
package org.partnerflow.infrastructure.engine;
