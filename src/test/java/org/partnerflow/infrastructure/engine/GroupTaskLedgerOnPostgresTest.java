package org.partnerflow.tasks;

import org.partnerflow.support.PostgresDemoAppTest;

/** {@link GroupTaskLedgerContract} on PostgreSQL. */
@PostgresDemoAppTest
class GroupTaskLedgerOnPostgresTest extends GroupTaskLedgerContract {
}
