package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * Keeps classes small enough to read in one sitting: no source file of the application over 250 lines, and no
 * Spring bean that needs more than 8 collaborators (a sign that it does two jobs).
 */
class ClassSizeRulesTest {

    private static final int MAX_LINES = 250;
    private static final int MAX_DEPENDENCIES = 8;

    @Test
    void noApplicationSourceFileIsLongerThan250Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MAX_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)")
                    .toList();
        }
        assertThat(tooLong).as("source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void noBeanHasMoreThanEightConstructorDependencies() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> crowded = scanner.findCandidateComponents("org.partnerflow").stream()
                .map(BeanDefinition::getBeanClassName)
                .map(ClassSizeRulesTest::load)
                .filter(type -> widestConstructor(type) > MAX_DEPENDENCIES)
                .map(type -> type.getName() + " (" + widestConstructor(type) + " dependencies)")
                .toList();
        assertThat(crowded).as("beans with more than %d constructor dependencies", MAX_DEPENDENCIES).isEmpty();
    }

    @Test
    void theRulesSeeTheWholeApplication() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        assertThat(scanner.findCandidateComponents("org.partnerflow")).hasSizeGreaterThan(100);
    }

    private static int widestConstructor(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors()).mapToInt(Constructor::getParameterCount).max().orElse(0);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ClassSizeRulesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
