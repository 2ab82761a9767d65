package org.partnerflow.casestudy;

/** Who asked for a case-study update; only the public's requests are triaged first. */
public enum UpdateSource { PUBLIC, PARTNER, PROGRAMME_MANAGER, LEARNING_REVIEW }
