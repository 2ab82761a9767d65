package org.partnerflow.security.internal.camunda;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerflow.security.AppUser;
import org.partnerflow.security.AppUserRepository;
import org.partnerflow.security.Role;
import org.partnerflow.security.Users;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads users and group memberships from Partnerflow's tables for the identity bridge. Membership is always
 * decided by {@link org.partnerflow.security.PartnerflowUser#groups()}; the repository only narrows the candidates.
 */
@Component
@Transactional(readOnly = true) // joins the engine's transaction inside a command; opens one (roles load lazily) outside
class IdentityDirectory {

    private final AppUserRepository repository;
    private final Users users;

    IdentityDirectory(AppUserRepository repository, Users users) {
        this.repository = repository;
        this.users = users;
    }

    public Optional<DirectoryUser> user(String username) {
        return repository.findByUsername(username).map(DirectoryUser::of);
    }

    public List<DirectoryUser> users(Collection<String> usernames) {
        return usernames.isEmpty() ? List.of() : detach(repository.findByUsernameInOrderByUsername(usernames));
    }

    public List<DirectoryUser> allUsers() {
        return detach(repository.findAllByOrderByUsername());
    }

    /** The members of a group; empty for a name that is neither a role's group nor a partnership's. */
    public List<DirectoryUser> membersOf(String groupId) {
        List<AppUser> candidates = Role.ofGroup(groupId).map(repository::findByRole)
                .or(() -> Role.partnershipOf(groupId).map(repository::findByPartnership))
                .orElse(List.of());
        return detach(candidates).stream().filter(user -> user.isMemberOf(groupId)).toList();
    }

    /** The ids of the groups that exist: every staff role's, and each partnership's that has a partner in it. */
    public List<String> allGroupIds() {
        Set<String> ids = new LinkedHashSet<>(GroupCatalogue.roleGroupIds());
        // security knows partnerships only through memberships, so a partnership's group exists once it has a partner
        detach(repository.findByRole(Role.PARTNER)).forEach(partner -> ids.addAll(partner.groups()));
        return List.copyOf(ids);
    }

    public boolean groupExists(String groupId) {
        return GroupCatalogue.roleGroupIds().contains(groupId) || !membersOf(groupId).isEmpty();
    }

    public boolean passwordMatches(String username, String rawPassword) {
        return users.passwordMatches(username, rawPassword);
    }

    private static List<DirectoryUser> detach(List<AppUser> users) {
        return users.stream().map(DirectoryUser::of).toList();
    }
}
