package org.partnerflow.outcome;

/** Which way an indicator should move from its baseline. */
public enum Direction { INCREASE, DECREASE }
