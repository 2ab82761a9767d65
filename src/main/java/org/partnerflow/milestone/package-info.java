/**
 * Milestone delivery (BPMN process milestoneDelivery): evidence and its review, overdue escalation, the
 * two-person release of the tranche a milestone gates, and re-planned due dates.
 */
package org.partnerflow.milestone;
