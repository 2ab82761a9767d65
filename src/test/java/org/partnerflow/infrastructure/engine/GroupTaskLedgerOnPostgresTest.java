package org.partnerflow.infrastructure.engine;

import org.partnerflow.support.PostgresDemoAppTest;

/** {@link GroupTaskLedgerContract} on PostgreSQL. */
@PostgresDemoAppTest
class GroupTaskLedgerOnPostgresTest extends GroupTaskLedgerContract {
}
