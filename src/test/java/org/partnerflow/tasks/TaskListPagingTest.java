package org.partnerflow.tasks;

import org.partnerflow.support.DemoAppTest;

/** {@link TaskListPagingContract} on H2. */
@DemoAppTest
class TaskListPagingTest extends TaskListPagingContract {
}
