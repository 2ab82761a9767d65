package org.partnerflow;

import org.partnerflow.support.DemoAppTest;

/** The foundation contract on the embedded default database, H2. */
@DemoAppTest
class FoundationOnH2Test extends FoundationContract {
}
