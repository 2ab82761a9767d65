/** The read cache and the write watch that tells it when data changed (see the infrastructure module's contract). */
@org.springframework.modulith.NamedInterface("readcache")
package org.partnerflow.infrastructure.readcache;
