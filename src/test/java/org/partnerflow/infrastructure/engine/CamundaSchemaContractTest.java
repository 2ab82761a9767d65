package org.partnerflow.infrastructure.engine;

import org.partnerflow.support.DemoAppTest;

/** {@link CamundaSchemaContract} on H2: fails when a Camunda upgrade breaks what the engine SQL assumes. */
@DemoAppTest
class CamundaSchemaContractTest extends CamundaSchemaContract {
}
