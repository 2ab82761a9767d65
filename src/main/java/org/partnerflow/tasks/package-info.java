/**
 * The role-based task list: the one way users see and do workflow work. It knows no workflow module; each
 * module plugs its user tasks in as {@link org.partnerflow.tasks.TaskForm}s. Overdue work (milestones, learning
 * reviews, outcome reports) is followed up through one record, {@link org.partnerflow.tasks.FollowUp}, and one
 * form, {@link org.partnerflow.tasks.FollowUpForm}.
 */
package org.partnerflow.tasks;
