/** Funding programmes: funder, budget, award cap, maximum duration, learning-review cadence, required member types. */
package org.partnerflow.programme;
