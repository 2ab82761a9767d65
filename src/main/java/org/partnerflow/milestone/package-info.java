/**
 * Milestone delivery (BPMN process milestoneDelivery): awards' milestone plans and payment tranches, evidence and its
 * review, overdue escalation, the two-person release of the tranche a milestone gates, and re-planned due dates.
 * Below award: what it needs of an award comes through AwardLedger, which the award module implements.
 */
package org.partnerflow.milestone;
