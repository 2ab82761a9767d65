package org.partnerflow.security.internal;

import org.partnerflow.security.SignInState;
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

    private final VerifiedCredentials passwords;
    private final SignInAttempts attempts;

    LockingAuthenticationProvider(VerifiedCredentials passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    /**
     * One read of the user's sign-in state serves a remembered pair twice: its account stamp and the lock check.
     * After a full password check (about 100 ms) the state is read again, so a lock set meanwhile holds.
     */
    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        if (attempts.addressThrottled(address)) {
            throw new BadCredentialsException(REFUSED);
        }
        SignInState before = passwords.remembers() ? attempts.stateOf(username) : null;
        VerifiedCredentials.Outcome signedIn;
        try {
            signedIn = passwords.authenticate(authentication, before == null ? null : before.accountStamp());
        } catch (BadCredentialsException wrong) {
            attempts.failed(username, address);
            throw new BadCredentialsException(REFUSED);
        }
        if (signedIn.result() == null) {
            return null;
        }
        SignInState now = signedIn.remembered() ? before : attempts.stateOf(username);
        if (!attempts.admit(username, now)) {
            throw new LockedException(REFUSED);
        }
        return signedIn.result();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
