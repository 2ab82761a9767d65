package org.partnerflow.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The figures of a reliability run, printed and kept in target/reliability/<name>.txt for docs/reliability.md. */
final class Figures {

    private Figures() {
    }

    static void write(String name, Map<String, ?> figures) {
        StringBuilder text = new StringBuilder(name + " (" + Instant.now() + ")\n");
        new TreeMap<>(figures).forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.print(text);
        try {
            Path file = Paths.get("target", "reliability", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
