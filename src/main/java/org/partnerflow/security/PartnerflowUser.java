package org.partnerflow.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: who they are, their roles, their partnerships and
 * so what they may read. Immutable; built from {@link AppUser} at sign-in.
 */
public final class PartnerflowUser implements UserDetails, Serializable {

    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER, Role.FUNDER,
            Role.ASSESSOR, Role.LEARNING_PARTNER);

    private final Long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final Set<Role> roles;
    private final Set<Long> partnershipIds;

    public PartnerflowUser(Long id, String username, String displayName, String passwordHash, boolean enabled,
            Set<Role> roles, Set<Long> partnershipIds) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.partnershipIds = Set.copyOf(partnershipIds);
    }

    static PartnerflowUser of(AppUser user) {
        return new PartnerflowUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                user.isEnabled(), user.getRoles(), user.getPartnershipIds());
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<Long> partnershipIds() {
        return partnershipIds;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Staff read every partnership of the programmes; a partner-only user reads only their own. */
    public boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    public boolean canRead(long partnershipId) {
        return isStaff() || partnershipIds.contains(partnershipId);
    }

    /** The Camunda candidate groups this user belongs to. */
    public List<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        roles.stream().map(Role::group).filter(g -> g != null).forEach(groups::add);
        if (has(Role.PARTNER)) {
            partnershipIds.stream().sorted().map(Role::partnershipGroup).forEach(groups::add);
        }
        return List.copyOf(groups);
    }

    /** The roles in words, for the page header. */
    public String roleLabels() {
        return String.join(", ", roles.stream().sorted().map(Role::label).toList());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * What shapes every answer this user gets: the username (tasks assigned to them), the roles (their groups and
     * what they may see) and the partnerships they belong to. A value, for keys such as a read cache's.
     */
    public Object accessKey() {
        return new AccessKey(username, Set.copyOf(roles), Set.copyOf(partnershipIds));
    }

    private record AccessKey(String username, Set<Role> roles, Set<Long> partnershipIds) {
    }

    /**
     * What decides which partnerships and programmes this user may read, and nothing that is theirs alone: every
     * staff member reads all of them ({@link #isStaff()}), anyone else reads the partnerships they belong to. A value
     * for the keys of read models that show what may be read and no one's own work (the portfolio), so that all
     * staff share one answer; a read model that shows a user's tasks or assignments keys on {@link #accessKey()}.
     */
    public Object readScope() {
        return isStaff() ? ReadScope.STAFF : new ReadScope(false, Set.copyOf(partnershipIds));
    }

    private record ReadScope(boolean staff, Set<Long> partnershipIds) {
        static final ReadScope STAFF = new ReadScope(true, Set.of());
    }

    @Override
    public String toString() {
        return "PartnerflowUser[" + username + ", " + roles + ", partnerships " + partnershipIds + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerflowUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }
}
