package org.partnerflow.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dates a user may send, 2000-01-01 to 2100-12-31, in JSON bodies (task bodies too) and request parameters
 * alike; a date outside them is refused with a problem naming its field, never moved into range.
 */
@Configuration(proxyBeanMethods = false)
public class DateLimits implements WebMvcConfigurer {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** The rule a refused date broke, for the problem's errors list. */
    public static final String RULE = "must be between " + EARLIEST + " and " + LATEST;

    /** Whether a date is one a user may send; null is left to the field's own rules. */
    public static boolean allows(LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /**
     * A date typed as ISO-8601 ({@code 2026-03-31}); a DateTimeParseException when it is not one, an
     * IllegalArgumentException with {@link #RULE} when it lies outside the limits.
     */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text.trim());
        if (!allows(date)) {
            throw new IllegalArgumentException(RULE);
        }
        return date;
    }

    @Bean
    Module dateLimitsModule() {
        SimpleModule module = new SimpleModule("partnerflow-date-limits");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == LocalDate.class ? new CheckedDates(deserializer) : deserializer;
            }
        });
        return module;
    }

    /** Request parameters of type LocalDate: ISO-8601 within the limits, else a 400 naming the parameter. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> text.isBlank() ? null : parse(text));
    }

    /** A date in a JSON body outside the limits; its path names the field. */
    public static final class OutOfRangeException extends JsonMappingException {
        OutOfRangeException(JsonParser parser) {
            super(parser, RULE);
        }

        /** The rule, without Jackson's location suffix. */
        public String rule() {
            return RULE;
        }
    }

    /** Jackson's own LocalDate reading, then the limits. */
    static final class CheckedDates extends DelegatingDeserializer {
        CheckedDates(JsonDeserializer<?> dates) {
            super(dates);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new CheckedDates(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof LocalDate date && !allows(date)) {
                throw new OutOfRangeException(parser);
            }
            return value;
        }
    }
}
