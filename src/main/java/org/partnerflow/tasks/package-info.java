/**
 * The role-based task list and its pages: the one way users see and do workflow work. It knows no workflow module;
 * each module plugs its user tasks in as {@link org.partnerflow.tasks.TaskForm}s (body, data, prefill, page context).
 * Overdue work (milestones, learning reviews, outcome reports) is followed up through one record,
 * {@link org.partnerflow.tasks.FollowUp}, whose forms complete through {@link org.partnerflow.tasks.FollowUps}.
 */
package org.partnerflow.tasks;
