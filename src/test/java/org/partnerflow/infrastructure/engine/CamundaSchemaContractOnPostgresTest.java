package org.partnerflow.infrastructure.engine;

import org.partnerflow.support.PostgresDemoAppTest;

/** {@link CamundaSchemaContract} on PostgreSQL. */
@PostgresDemoAppTest
class CamundaSchemaContractOnPostgresTest extends CamundaSchemaContract {
}
