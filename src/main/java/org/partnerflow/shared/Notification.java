package org.partnerflow.shared;

/**
 * A message for people outside the running request, such as an e-mail to a partnership.
 *
 * @param audience who it is for, as a Camunda candidate group: {@code partnership-<id>}, {@code programme-managers}
 * @param subject one line
 * @param text the body, plain text
 * @param key the same for every attempt to send this message, so a sender can drop a repeat: a job that sent the
 *            message but crashed before it committed runs again (delivery is at least once)
 */
public record Notification(String audience, String subject, String text, String key) {
}
