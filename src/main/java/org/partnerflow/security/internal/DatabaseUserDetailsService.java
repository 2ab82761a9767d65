package org.partnerflow.security.internal;

import org.partnerflow.security.AppUserRepository;
import org.partnerflow.security.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads users, their roles and partnerships from the application's tables at sign-in. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(Users::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
