/**
 * Award variations (BPMN process awardVariation): a change to a running award's amount, end date or open
 * milestones, asked for by the partnership or a programme manager, assessed by a programme manager and approved by a
 * funder, then applied in one transaction. Above award and milestone.
 */
package org.partnerflow.variation;
