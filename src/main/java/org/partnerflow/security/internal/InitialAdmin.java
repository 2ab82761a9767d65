package org.partnerflow.security.internal;

import java.util.List;
import java.util.Set;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator of a fresh deployment from {@code partnerflow.initial-admin.*} (set through
 * the environment, never the repository), so that a real installation can be signed in to without demo users.
 * Does nothing when that user already exists.
 */
@Component
@ConditionalOnProperty(prefix = "partnerflow.initial-admin", name = "password")
@EnableConfigurationProperties(InitialAdmin.Properties.class)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final Users users;
    private final Properties properties;

    InitialAdmin(Users users, Properties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists(properties.username())) {
            return;
        }
        if (properties.password().length() < 12) {
            throw new IllegalStateException("partnerflow.initial-admin.password must have at least 12 characters");
        }
        users.create(new UserRequest(properties.username(), "Administrator", properties.email(), properties.password(),
                Set.of(Role.ADMIN), List.of()));
        log.info("Created the initial administrator '{}'", properties.username());
    }

    @ConfigurationProperties("partnerflow.initial-admin")
    record Properties(String username, String password, String email) {
        Properties {
            username = username == null || username.isBlank() ? "admin" : username;
        }
    }
}
