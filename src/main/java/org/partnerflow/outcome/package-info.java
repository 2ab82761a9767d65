/**
 * Outcomes (BPMN process outcomeReporting): indicators with baselines and targets, period reports whose values
 * count only once a programme manager approves them, pooled contributions and the benefits case.
 */
package org.partnerflow.outcome;
