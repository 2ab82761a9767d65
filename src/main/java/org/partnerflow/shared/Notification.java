package org.partnerflow.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message for people outside the running request, such as an e-mail to a partnership.
 *
 * <p>Audiences: {@code partnership-<id>} (the partnership's members), a staff group named as the Camunda candidate
 * group of a role ({@code programme-managers}, {@code funders}, {@code assessors}, {@code learning-partners},
 * {@code camunda-admin}), or {@code mailto:<address>} for someone without an account (the public).
 *
 * @param audience who it is for, as above
 * @param subject one line
 * @param text the body as plain text; for a templated message the text used if the template cannot be rendered
 * @param key the same for every attempt to send this message, so a sender can drop a repeat: a job that sent the
 *            message but crashed before it committed runs again (delivery is at least once)
 * @param template the name of the mail template under templates/mail (without extension), or null for plain text
 * @param model the values the template reads
 */
public record Notification(String audience, String subject, String text, String key, String template,
        Map<String, Object> model) {

    public Notification {
        model = model == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    /** A plain-text message. */
    public Notification(String audience, String subject, String text, String key) {
        this(audience, subject, text, key, null, Map.of());
    }

    /** A message whose body is the template rendered with the model. */
    public static Notification templated(String audience, String template, String subject, String key,
            Map<String, Object> model) {
        return new Notification(audience, subject, null, key, template, model);
    }

    /** A model from name and value pairs; values may be null, unlike {@link Map#of}. */
    public static Map<String, Object> model(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            model.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return model;
    }

    /** The audience for one e-mail address. */
    public static String mailto(String address) {
        return "mailto:" + address;
    }
}
