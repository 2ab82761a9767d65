package org.partnerflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.Users;

class InitialAdminTest {

    private final Users users = mock(Users.class);

    @Test
    void aFreshDeploymentGetsItsFirstAdministrator() {
        when(users.exists("admin")).thenReturn(false);
        new InitialAdmin(users, new InitialAdmin.Properties(null, "a-long-enough-secret", "ops@example.org")).run(null);
        ArgumentCaptor<UserRequest> created = ArgumentCaptor.forClass(UserRequest.class);
        verify(users).create(created.capture());
        assertThat(created.getValue().username()).isEqualTo("admin");
        assertThat(created.getValue().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anExistingAdministratorIsLeftAlone() {
        when(users.exists("ops")).thenReturn(true);
        new InitialAdmin(users, new InitialAdmin.Properties("ops", "a-long-enough-secret", null)).run(null);
        verify(users, never()).create(any());
    }

    @Test
    void aShortPasswordStopsTheStartRatherThanCreateAWeakAdministrator() {
        when(users.exists("admin")).thenReturn(false);
        InitialAdmin initialAdmin = new InitialAdmin(users, new InitialAdmin.Properties("admin", "short", null));
        assertThatThrownBy(() -> initialAdmin.run(null)).hasMessageContaining("at least 12 characters");
        verify(users, never()).create(any());
    }
}
