package org.partnerflow.infrastructure.engine;

/**
 * The process variables the engine SQL reads by name: each workflow sets them on its process instance, as ids
 * (Camunda stores a long or an integer in LONG_). They must equal the names the workflows use (TaskList.PARTNERSHIP_ID
 * and TaskList.AWARD_ID; CamundaSchemaContractTest checks that).
 */
public final class ProcessVariables {

    /** The partnership a process instance is about. */
    public static final String PARTNERSHIP_ID = "partnershipId";

    /** The award a process instance is about, where there is one. */
    public static final String AWARD_ID = "awardId";

    private ProcessVariables() {
    }
}
