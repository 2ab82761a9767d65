package org.partnerflow.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.partnerflow.audit.AuditEntry;
import org.partnerflow.audit.AuditSubject;
import org.partnerflow.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Just-in-time accounts for single sign-on. The first sign-in through an identity provider creates an
 * {@link AppUser} linked to the provider's account by issuer and subject, with a random password nobody knows (so
 * password sign-in is impossible for it); every later sign-in refreshes its name, e-mail, roles and partnerships
 * from the provider. The username never changes once given, because audit records and task assignments name it.
 */
@Service
public class SingleSignOnAccounts {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);
    private static final int MAX_USERNAME = 60;
    private static final int MAX_DISPLAY_NAME = 200;
    private static final int MAX_EMAIL = 320;

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PartnershipDirectory partnerships;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    SingleSignOnAccounts(AppUserRepository repository, PasswordEncoder passwordEncoder,
            PartnershipDirectory partnerships, Clock clock, AuditTrail audit) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.partnerships = partnerships;
        this.clock = clock;
        this.audit = audit;
    }

    /** Who the provider says signed in, and what the claim mapping made of their groups. */
    public record ProviderAccount(String issuer, String subject, String username, String displayName, String email,
            Set<Role> roles, Set<Long> partnershipIds) {
    }

    /** Why a sign-in through the provider is refused; nothing was written for it but a linked user losing roles. */
    public static final class Refused extends RuntimeException {

        private final String reason;

        Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** NO_ROLE, NO_USERNAME, USERNAME_TAKEN or INACTIVE. */
        public String reason() {
            return reason;
        }
    }

    /**
     * Creates or refreshes the user of this provider account and returns the principal to sign in. Partnerships
     * that do not exist are dropped (and logged); PARTNER without any partnership is dropped too. Refused when no
     * role remains (a linked user then keeps no role or partnership, so no task list or team counts them) or when
     * a local account already has the username.
     */
    @Transactional(noRollbackFor = Refused.class)
    public PartnerflowUser signIn(ProviderAccount account) {
        Set<Long> partnershipIds = new LinkedHashSet<>(account.partnershipIds());
        Set<Long> unknown = partnerships.unknown(partnershipIds);
        if (!unknown.isEmpty()) {
            log.warn("Single sign-on of {} names partnerships that do not exist, ignored: {}", account.username(),
                    unknown);
            partnershipIds.removeAll(unknown);
        }
        Set<Role> roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        if (partnershipIds.isEmpty()) {
            roles.remove(Role.PARTNER);
        }
        if (!roles.contains(Role.PARTNER)) {
            // Memberships matter only to partners (PartnerflowUser.groups); staff read every partnership anyway.
            partnershipIds.clear();
        }
        String displayName = clip(blankToNull(account.displayName()) == null ? account.username()
                : account.displayName().trim(), MAX_DISPLAY_NAME);
        String email = blankToNull(account.email()) == null || account.email().length() > MAX_EMAIL ? null
                : account.email().trim();

        AppUser linked = repository.findBySsoIssuerAndSsoSubject(account.issuer(), account.subject()).orElse(null);
        if (linked != null && !linked.isEnabled()) {
            // Switched off by an admin: the provider's word does not switch them on again.
            throw new Refused("INACTIVE", "the Partnerflow account " + linked.getUsername() + " is switched off");
        }
        if (roles.isEmpty()) {
            if (linked != null && !linked.getRoles().isEmpty()) {
                linked.refreshFromProvider(displayName, email, Set.of(), Set.of());
                audit.record(AuditEntry.of(AuditSubject.USER, linked.getUsername(), "USER_ROLES_REFRESHED",
                        "Single sign-on of " + linked.getUsername() + " refused: the provider gave no Partnerflow role; "
                                + "roles and memberships removed").by(linked.getUsername()));
            }
            throw new Refused("NO_ROLE", "no Partnerflow role is mapped from the provider's groups of "
                    + account.username());
        }
        if (linked == null) {
            String username = account.username();
            if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
                throw new Refused("NO_USERNAME", "the provider gave no usable username (at most " + MAX_USERNAME
                        + " characters)");
            }
            if (repository.existsByUsername(username)) {
                throw new Refused("USERNAME_TAKEN", "a Partnerflow account called " + username
                        + " already exists and is not linked to this provider");
            }
            AppUser created = repository.save(AppUser.fromProvider(account.issuer(), account.subject(), username,
                    displayName, email, unusablePasswordHash(), roles, partnershipIds, clock.instant()));
            audit.record(AuditEntry.of(AuditSubject.USER, username, "USER_CREATED", "User " + username
                    + " created at their first single sign-on with roles " + roles
                    + (partnershipIds.isEmpty() ? "" : " in partnerships " + partnershipIds)).by(username));
            return PartnerflowUser.of(created);
        }
        if (!linked.getRoles().equals(roles) || !linked.getPartnershipIds().equals(partnershipIds)) {
            audit.record(AuditEntry.of(AuditSubject.USER, linked.getUsername(), "USER_ROLES_REFRESHED",
                    "Roles and memberships of " + linked.getUsername() + " refreshed at single sign-on")
                    .change("roles", sorted(linked.getRoles()), sorted(roles))
                    .change("partnershipIds", sorted(linked.getPartnershipIds()), sorted(partnershipIds))
                    .by(linked.getUsername()));
        }
        linked.refreshFromProvider(displayName, email, roles, partnershipIds);
        return PartnerflowUser.of(repository.saveAndFlush(linked));
    }

    /** A bcrypt hash of 32 random bytes that are then forgotten: no password can ever match it. */
    private String unusablePasswordHash() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    private static String sorted(Set<?> values) {
        return values.stream().map(String::valueOf).sorted().toList().toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
