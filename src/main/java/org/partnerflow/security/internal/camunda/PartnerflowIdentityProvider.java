package org.partnerflow.security.internal.camunda;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Camunda's identity session over Partnerflow's users, roles and partnerships. Read-only: as no
 * {@code WritableIdentityProvider} is registered, the engine rejects saveUser, createMembership and the like.
 */
class PartnerflowIdentityProvider implements ReadOnlyIdentityProvider {

    private final IdentityDirectory directory;

    PartnerflowIdentityProvider(IdentityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return directory.user(userId).map(DirectoryUser::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new BridgedUserQuery(commandExecutor(), directory);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new BridgedUserQuery(directory);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Partnerflow's own "
                + "tables, not in Camunda's");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.passwordMatches(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return directory.groupExists(groupId) ? GroupCatalogue.group(groupId).orElse(null) : null;
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new BridgedGroupQuery(commandExecutor(), directory);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new BridgedGroupQuery(directory);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(commandExecutor());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // nothing to write: the bridge is read-only
    }

    @Override
    public void close() {
        // holds no resources: the repositories use the Spring-managed transaction
    }

    /** Queries handed out of a command run later on their own, each in a new command, as the engine's do. */
    private static CommandExecutor commandExecutor() {
        return Context.getProcessEngineConfiguration().getCommandExecutorTxRequired();
    }
}
