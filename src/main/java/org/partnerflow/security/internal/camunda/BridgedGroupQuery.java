package org.partnerflow.security.internal.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.query.QueryProperty;

/**
 * Camunda's group query answered from Partnerflow's roles and partnerships. The task service resolves
 * {@code taskCandidateUser} through {@code groupMember}, so that criterion must be exact.
 */
class BridgedGroupQuery extends GroupQueryImpl {

    private final transient IdentityDirectory directory;

    BridgedGroupQuery(IdentityDirectory directory) {
        this.directory = directory;
    }

    BridgedGroupQuery(CommandExecutor executor, IdentityDirectory directory) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return matching().count(); // paging does not limit a count, as in SQL
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        return InMemoryResults.sortAndPage(matching(), this, BridgedGroupQuery::keyOf, Group::getId, page);
    }

    private Stream<Group> matching() {
        return candidateIds().stream().map(GroupCatalogue::group).flatMap(Optional::stream).filter(this::matches);
    }

    private List<String> candidateIds() {
        if (procDefId != null) {
            throw new BadUserRequestException("potentialStarter is not supported: Partnerflow's identity bridge does not "
                    + "read candidate starters");
        }
        if (tenantId != null) {
            return List.of(); // Partnerflow has no tenants
        }
        if (userId != null) {
            return directory.user(userId).map(DirectoryUser::groups).orElse(List.of());
        }
        if (id != null) {
            return directory.groupExists(id) ? List.of(id) : List.of();
        }
        return directory.allGroupIds();
    }

    private boolean matches(Group group) {
        return (id == null || id.equals(group.getId()))
                && (ids == null || Arrays.asList(ids).contains(group.getId()))
                && (name == null || name.equals(group.getName()))
                && (nameLike == null || InMemoryResults.like(nameLike, group.getName()))
                && (type == null || type.equals(group.getType()));
    }

    private static Function<Group, String> keyOf(QueryProperty property) {
        if (GroupQueryProperty.GROUP_ID.equals(property)) {
            return Group::getId;
        }
        if (GroupQueryProperty.NAME.equals(property)) {
            return Group::getName;
        }
        return GroupQueryProperty.TYPE.equals(property) ? Group::getType : null;
    }
}
