package org.partnerflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles, as configured in application.yml, for unit tests without a Spring context. */
public final class Bundles {

    private Bundles() {
    }

    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    public static String[] basenames() {
        try {
            Matcher basename = Pattern.compile("basename: (.+)")
                    .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
            if (!basename.find()) {
                throw new IllegalStateException("no spring.messages.basename in application.yml");
            }
            return basename.group(1).strip().split("\\s*,\\s*");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
