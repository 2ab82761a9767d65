package org.partnerflow.tasks.internal;

import java.util.Collection;
import java.util.List;
import org.partnerflow.infrastructure.engine.OpenTaskKinds;
import org.partnerflow.tasks.TaskType;
import org.springframework.stereotype.Component;

/** The kinds of task a user has (OpenTaskKinds, in infrastructure.engine), as the task list's filter shows them. */
@Component
public class TaskTypes {

    private final OpenTaskKinds kinds;

    TaskTypes(OpenTaskKinds kinds) {
        this.kinds = kinds;
    }

    /** The same tasks as the task list's query: assigned to the user, or offered to one of their groups. */
    public List<TaskType> of(String username, Collection<String> groups) {
        return kinds.of(username, groups).stream().map(kind -> new TaskType(kind.taskDefinitionKey(), kind.name()))
                .toList();
    }
}
