package org.partnerflow.infrastructure.engine;

import org.partnerflow.support.DemoAppTest;

/** {@link GroupTaskLedgerContract} on H2. */
@DemoAppTest
class GroupTaskLedgerTest extends GroupTaskLedgerContract {
}
