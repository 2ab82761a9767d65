package org.partnerflow.shared;

/**
 * Sends a {@link Notification} to the outside world. The notification module queues it in the caller's
 * transaction (an outbox, sent later with retries), so call it inside the transaction of the change that causes
 * the message: the message is committed with the change and rolled back with it, and a mail failure never undoes
 * the change.
 */
public interface Notifier {

    void send(Notification notification);
}
