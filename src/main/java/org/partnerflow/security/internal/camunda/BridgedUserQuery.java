package org.partnerflow.security.internal.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.query.QueryProperty;

/** Camunda's user query answered from Partnerflow's users: fetch the few candidates, then filter in Java. */
class BridgedUserQuery extends UserQueryImpl {

    private final transient IdentityDirectory directory;

    BridgedUserQuery(IdentityDirectory directory) {
        this.directory = directory;
    }

    BridgedUserQuery(CommandExecutor executor, IdentityDirectory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return matching().count(); // paging does not limit a count, as in SQL
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return InMemoryResults.sortAndPage(matching(), this, BridgedUserQuery::keyOf, DirectoryUser::id, page).stream()
                .map(DirectoryUser::toUser).toList();
    }

    private Stream<DirectoryUser> matching() {
        return candidates().stream().filter(this::matches);
    }

    /** The smallest set the repository can give for the most selective criterion; {@link #matches} does the rest. */
    private List<DirectoryUser> candidates() {
        if (procDefId != null) {
            throw new BadUserRequestException("potentialStarter is not supported: Partnerflow's identity bridge does not "
                    + "read candidate starters");
        }
        if (tenantId != null) {
            return List.of(); // Partnerflow has no tenants
        }
        if (id != null) {
            return directory.user(id).stream().toList();
        }
        if (ids != null) {
            return directory.users(Arrays.asList(ids));
        }
        return groupId != null ? directory.membersOf(groupId) : directory.allUsers();
    }

    private boolean matches(DirectoryUser user) {
        return (id == null || id.equals(user.id()))
                && (ids == null || Arrays.asList(ids).contains(user.id()))
                && (firstName == null || firstName.equals(user.firstName()))
                && (firstNameLike == null || InMemoryResults.like(firstNameLike, user.firstName()))
                && (lastName == null || lastName.equals(user.lastName()))
                && (lastNameLike == null || InMemoryResults.like(lastNameLike, user.lastName()))
                && (email == null || email.equals(user.email()))
                && (emailLike == null || InMemoryResults.like(emailLike, user.email()))
                && (groupId == null || user.isMemberOf(groupId));
    }

    private static Function<DirectoryUser, String> keyOf(QueryProperty property) {
        if (UserQueryProperty.USER_ID.equals(property)) {
            return DirectoryUser::id;
        }
        if (UserQueryProperty.FIRST_NAME.equals(property)) {
            return DirectoryUser::firstName;
        }
        if (UserQueryProperty.LAST_NAME.equals(property)) {
            return DirectoryUser::lastName;
        }
        return UserQueryProperty.EMAIL.equals(property) ? DirectoryUser::email : null;
    }
}
