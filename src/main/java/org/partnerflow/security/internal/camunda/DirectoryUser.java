package org.partnerflow.security.internal.camunda;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.partnerflow.security.AppUser;
import org.partnerflow.security.Users;

/** A Partnerflow user as Camunda sees it: detached from JPA, so queries can filter it outside the session. */
record DirectoryUser(String id, String firstName, String lastName, String email, List<String> groups) {

    static DirectoryUser of(AppUser user) {
        String displayName = user.getDisplayName().trim();
        // Camunda wants a first and a last name; the webapps join them again with a space, so splitting at
        // the first space shows the display name unchanged wherever Camunda prints "first last".
        int space = displayName.indexOf(' ');
        String first = space < 0 ? displayName : displayName.substring(0, space);
        String last = space < 0 ? "" : displayName.substring(space + 1).trim();
        return new DirectoryUser(user.getUsername(), first, last, user.getEmail(), Users.principal(user).groups());
    }

    boolean isMemberOf(String groupId) {
        return groups.contains(groupId);
    }

    User toUser() {
        UserEntity user = new UserEntity(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        return user;
    }
}
