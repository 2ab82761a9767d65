/** Running the service: the engine's gauges for Prometheus, beside what Actuator measures itself. */
package org.partnerflow.operations;
