/**
 * The role-based task list and its pages: the one way users see and do workflow work. It knows no workflow module;
 * each module plugs its user tasks in as {@link org.partnerflow.tasks.TaskForm}s (body, data, prefill, page context).
 */
package org.partnerflow.tasks;
