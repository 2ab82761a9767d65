/** Users, roles and partnership membership; Spring Security and the bridge into Camunda's identity service. */
package org.partnerflow.security;
