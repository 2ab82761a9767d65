package org.partnerflow.shared;

/**
 * Sends a {@link Notification} to the outside world. Workflow steps call it from an asynchronous job of their own
 * (camunda:asyncBefore with a retry cycle), so a failure is retried by the job executor and ends in an incident
 * rather than undoing the decision that came before it. Throw to have the attempt retried.
 */
public interface Notifier {

    void send(Notification notification);
}
