/**
 * Assessment integrity: staff declare their interests, and DutyRules says who may not do which duty (separation of
 * duties and conflicts of interest), for the task list, task completion, Camunda's REST API and named assessors.
 */
package org.partnerflow.integrity;
