package org.partnerflow.casestudy;

/** Where a case-study update has got to in caseStudyUpdate. */
public enum UpdateStatus { AWAITING_TRIAGE, DRAFTING, AWAITING_APPROVAL, PUBLISHED, DECLINED }
