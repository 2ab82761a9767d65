package org.partnerflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Optimistic locking everywhere it matters: an entity the application changes after inserting it carries a
 * {@code @Version}, so a stale write is refused (409) rather than silently overwriting; an entity without one is
 * an append-only record, marked {@code @Immutable} so Hibernate never writes it again, and has no method that
 * could change it.
 */
class EveryEntityIsVersionedOrImmutableTest {

    @Test
    void everyEntityHasAVersionOrIsImmutable() throws Exception {
        List<Class<?>> entities = entities();
        assertThat(entities).hasSizeGreaterThan(20);
        List<String> unguarded = new ArrayList<>();
        for (Class<?> entity : entities) {
            boolean versioned = Arrays.stream(entity.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(Version.class));
            boolean immutable = entity.isAnnotationPresent(Immutable.class);
            if (versioned == immutable) {
                unguarded.add(entity.getSimpleName() + (versioned ? " (both)" : " (neither)"));
            }
        }
        assertThat(unguarded).as("entities that need a @Version, or @Immutable if append-only").isEmpty();
    }

    @Test
    void anImmutableEntityHasNoMethodThatChangesIt() throws Exception {
        for (Class<?> entity : entities()) {
            if (!entity.isAnnotationPresent(Immutable.class)) {
                continue;
            }
            for (Method method : entity.getDeclaredMethods()) {
                if (method.isSynthetic() || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                boolean reader = method.getParameterCount() == 0 && method.getReturnType() != void.class;
                assertThat(reader).as(entity.getSimpleName() + "." + method.getName() + " looks like it changes the entity")
                        .isTrue();
            }
            for (Field field : entity.getDeclaredFields()) {
                assertThat(field.getName()).isNotEqualToIgnoringCase("version");
            }
        }
    }

    private static List<Class<?>> entities() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<Class<?>> entities = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.partnerflow")) {
            entities.add(Class.forName(candidate.getBeanClassName()));
        }
        return entities;
    }
}
