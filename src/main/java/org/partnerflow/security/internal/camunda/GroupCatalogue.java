package org.partnerflow.security.internal.camunda;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.partnerflow.security.Role;

/** Names and types of the Camunda groups that Partnerflow's roles and partnerships stand for. */
final class GroupCatalogue {

    /** Operators' group: Camunda's own admin group, not a workflow lane. */
    static final String TYPE_SYSTEM = "SYSTEM";
    /** Staff roles that BPMN models use as candidate groups. */
    static final String TYPE_WORKFLOW = "WORKFLOW";
    /** The members of one partnership. */
    static final String TYPE_PARTNERSHIP = "PARTNERSHIP";

    private GroupCatalogue() {
    }

    /** The groups of the staff roles; they exist whether or not anyone holds the role yet. */
    static List<String> roleGroupIds() {
        return Arrays.stream(Role.values()).map(Role::group).filter(Objects::nonNull).toList();
    }

    /** The group with this id, or empty when the id follows neither a role's nor a partnership's pattern. */
    static Optional<Group> group(String groupId) {
        Optional<Role> role = Role.ofGroup(groupId);
        if (role.isPresent()) {
            return Optional.of(entity(groupId, role.get().label() + "s",
                    role.get() == Role.ADMIN ? TYPE_SYSTEM : TYPE_WORKFLOW));
        }
        return Role.partnershipOf(groupId).map(id -> entity(groupId, "Partnership " + id, TYPE_PARTNERSHIP));
    }

    private static Group entity(String id, String name, String type) {
        GroupEntity group = new GroupEntity(id);
        group.setName(name);
        group.setType(type);
        return group;
    }
}
