package org.partnerflow.security;

/** The workflow tasks a user has claimed, seen from the user administration. */
public interface AssignedTasks {

    /**
     * Gives every task the user has claimed back to its candidate groups, in the caller's transaction; a task
     * offered to no group stays with them. Returns how many went back.
     */
    int returnToGroups(String username);
}
