package org.partnerflow.shared;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text read from JSON bodies: every string is kept exactly as sent (HTML, right-to-left marks, zero-width
 * characters and emoji included, since pages escape what they show) except the NUL character, which no text
 * needs and PostgreSQL cannot store. A string with NUL is refused with a problem naming its field.
 */
@Configuration(proxyBeanMethods = false)
public class TextSafety {

    @Bean
    Module textSafetyModule() {
        SimpleModule module = new SimpleModule("partnerflow-text-safety");
        module.addDeserializer(String.class, new NoNulStrings());
        return module;
    }

    /** The rule a refused string broke, for the problem's errors list. */
    public static final String NUL_RULE = "must not contain the NUL character (U+0000)";

    /** A string that contains a character the application refuses; its path names the field. */
    public static final class ForbiddenCharacterException extends JsonMappingException {
        ForbiddenCharacterException(JsonParser parser) {
            super(parser, NUL_RULE);
        }

        /** The rule, without Jackson's location suffix. */
        public String rule() {
            return NUL_RULE;
        }
    }

    static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw new ForbiddenCharacterException(parser);
            }
            return text;
        }
    }
}
