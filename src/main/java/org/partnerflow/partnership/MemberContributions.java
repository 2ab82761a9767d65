package org.partnerflow.partnership;

/**
 * Whether a member organisation has recorded contributions to a partnership's pooled budget. Owned here,
 * implemented by the outcome module (which records contributions), so the dependency keeps pointing down.
 */
public interface MemberContributions {

    boolean hasContributions(long partnershipId, long organisationId);
}
