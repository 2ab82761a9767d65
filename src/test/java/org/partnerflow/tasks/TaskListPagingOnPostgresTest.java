package org.partnerflow.tasks;

import org.partnerflow.support.PostgresDemoAppTest;

/** {@link TaskListPagingContract} on PostgreSQL. */
@PostgresDemoAppTest
class TaskListPagingOnPostgresTest extends TaskListPagingContract {
}
