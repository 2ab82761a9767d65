/**
 * Learning reviews (BPMN process learningReview): the partnership's reflection on each period with ratings of the
 * eight characteristics of high-performing collaboration, the learning partner's reflections, sign-off, trends.
 */
package org.partnerflow.learning;
