/** Grant awards: proposal, eligibility, assessment, panel decision, offer and acceptance (BPMN process grantAward). */
package org.partnerflow.award;
