package org.partnerflow.tasks.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * A draft lasts as long as its task: a built-in listener on every user task deletes the task's draft row when the
 * task is completed or deleted, in the engine's own transaction, whoever ends it (our API, a page, Camunda's REST API,
 * a timer or a cancelled process; built-in listeners run even with skipCustomListeners). It looks at the task's
 * marker variable first, which the engine reads anyway, so ending a task without a draft costs no statement (the
 * completion's query budget). Start-up removes rows whose task ended by a path no listener saw.
 */
@Component
class DraftsEndWithTheirTask extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(DraftsEndWithTheirTask.class);

    private final DraftRows rows;
    private final TaskListener onEnd = this::ended;

    DraftsEndWithTheirTask(DraftRows rows) {
        this.rows = rows;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onEnd);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, onEnd);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        try {
            int removed = rows.removeOrphans(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getDatabaseTablePrefix());
            if (removed > 0) {
                log.info("Removed {} drafts of tasks that are no longer open", removed);
            }
        } catch (DataAccessException e) {
            log.warn("Could not remove the drafts of ended tasks: {}", e.getMessage());
        }
    }

    private void ended(DelegateTask task) {
        if (task.hasVariableLocal(DraftRows.MARKER)) {
            rows.delete(task.getId());
        }
    }
}
