package org.partnerflow.tasks;

import java.util.List;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files sent with a task: the same access checks as completing it, then the policy, then the owning module. */
@Service
public class TaskUploads {

    private final TaskList tasks;
    private final AttachmentPolicy policy;
    private final List<TaskAttachments> stores;

    TaskUploads(TaskList tasks, AttachmentPolicy policy, List<TaskAttachments> stores) {
        this.tasks = tasks;
        this.policy = policy;
        this.stores = stores;
    }

    @Transactional
    public AttachmentView attach(String taskId, UploadedFile file, PartnerflowUser user) {
        WorkItem task = tasks.get(taskId, user);
        if (task.assignee() != null && !task.assignee().equals(user.getUsername())) {
            throw new ConflictException("Task " + taskId + " is claimed by " + task.assignee() + ".");
        }
        TaskAttachments store = stores.stream().filter(s -> s.accepts(task.taskDefinitionKey())).findFirst()
                .orElseThrow(() -> new DomainRuleViolation("file", "cannot be attached to a " + task.name() + " task"));
        policy.check(file);
        return store.store(task, new UploadedFile(file.fileName(), policy.contentTypeOf(file.fileName()), file.content()),
                user);
    }
}
