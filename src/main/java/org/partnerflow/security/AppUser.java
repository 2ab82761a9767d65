package org.partnerflow.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** A person who signs in: their roles and, for partners, the partnerships they belong to. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new LinkedHashSet<>();

    /** Partnership ids only: security sits below the partnership module and must not import it. */
    @ElementCollection
    @CollectionTable(name = "user_partnership", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "partnership_id", nullable = false)
    private Set<Long> partnershipIds = new LinkedHashSet<>();

    /** Consecutive failed sign-ins since the last success or lock; changed only by update queries. */
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The identity provider of a single sign-on user (its issuer URL); null for a local account. */
    @Column(name = "sso_issuer")
    private String ssoIssuer;

    /** The provider's stable id of the person (the sub claim); null for a local account. */
    @Column(name = "sso_subject")
    private String ssoSubject;

    @Version
    private long version;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            Set<Long> partnershipIds, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.partnershipIds = new LinkedHashSet<>(partnershipIds);
        this.createdAt = createdAt;
    }

    /** A user provisioned at their first single sign-on, linked to the provider's account. */
    static AppUser fromProvider(String issuer, String subject, String username, String displayName, String email,
            String unusablePasswordHash, Set<Role> roles, Set<Long> partnershipIds, Instant createdAt) {
        AppUser user = new AppUser(username, displayName, email, unusablePasswordHash, roles, partnershipIds,
                createdAt);
        user.ssoIssuer = issuer;
        user.ssoSubject = subject;
        return user;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Set<Long> getPartnershipIds() {
        return Set.copyOf(partnershipIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    /** The end of the current lock, or null; a time in the past means the lock has run out. */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether this user signs in through an identity provider (and has no password of their own here). */
    public boolean isSingleSignOn() {
        return ssoSubject != null;
    }

    /** Takes the name, e-mail, roles and memberships the provider gave at this sign-in. */
    void refreshFromProvider(String displayName, String email, Set<Role> roles, Set<Long> partnershipIds) {
        this.displayName = displayName;
        this.email = email;
        // Only what changed, so that a sign-in with the same groups writes no collection rows.
        if (!Set.copyOf(this.roles).equals(Set.copyOf(roles))) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
        if (!Set.copyOf(this.partnershipIds).equals(Set.copyOf(partnershipIds))) {
            this.partnershipIds.clear();
            this.partnershipIds.addAll(partnershipIds);
        }
    }

    /** The row's version, which every change moves on; an edit made from an older one is stale. */
    public long getVersion() {
        return version;
    }

    /** An admin's edit: name, e-mail, roles, memberships and whether the account may sign in. */
    void edit(String displayName, String email, Set<Role> roles, Set<Long> partnershipIds, boolean enabled) {
        this.displayName = displayName;
        this.email = email;
        if (!Set.copyOf(this.roles).equals(Set.copyOf(roles))) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
        if (!Set.copyOf(this.partnershipIds).equals(Set.copyOf(partnershipIds))) {
            this.partnershipIds.clear();
            this.partnershipIds.addAll(partnershipIds);
        }
        this.enabled = enabled;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Lifts a lock-out and forgets earlier failures. */
    void unlock() {
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }
}
