/** Camunda's identity service reads Partnerflow's users and groups through a read-only identity provider. */
package org.partnerflow.security.internal.camunda;
