package org.partnerflow.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic alike) with lock-out. The password is always checked, locked or not, so a
 * lock takes no less time to answer than a wrong password; the failure says the same whether the user exists,
 * is locked or typed the wrong password.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    static final String REFUSED = "The username or password is not right, or the account is locked for a while "
            + "after too many failed attempts.";

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;

    LockingAuthenticationProvider(AuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        if (attempts.addressThrottled(address)) {
            throw new BadCredentialsException(REFUSED);
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            attempts.failed(username, address);
            throw new BadCredentialsException(REFUSED);
        }
        if (signedIn == null) {
            return null;
        }
        if (!attempts.admit(username)) {
            throw new LockedException(REFUSED);
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
