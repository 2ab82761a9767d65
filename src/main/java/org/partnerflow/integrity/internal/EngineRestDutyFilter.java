package org.partnerflow.integrity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.partnerflow.integrity.DutyRule;
import org.partnerflow.integrity.DutyRules;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Separation of duties on Camunda's own REST API (/engine-rest, and the Tasklist webapp's /camunda/api; admins
 * only): completing, submitting, resolving or claiming a task is refused when the signed-in user would break a
 * DutyRule, as our API refuses it, but in Camunda's error shape ({type, message}, the rule in message). Runs after
 * Spring Security, so the user is known.
 */
class EngineRestDutyFilter extends OncePerRequestFilter {

    /** Camunda's REST API, and the same API as the Tasklist webapp calls it. */
    private static final Pattern TASK_ACTION = Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?"
            + "|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form|resolve|claim)/?$");

    private final TaskService taskService;
    private final DutyRules rules;
    private final ObjectMapper json;

    EngineRestDutyFilter(TaskService taskService, DutyRules rules, ObjectMapper json) {
        this.taskService = taskService;
        this.rules = rules;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher action = TASK_ACTION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if ("POST".equals(request.getMethod()) && action.matches() && signedIn != null) {
            Task task = taskService.createTaskQuery().taskId(action.group(1)).singleResult();
            Optional<DutyRule> broken = task == null ? Optional.empty()
                    : rules.check(signedIn.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId());
            if (broken.isPresent()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", "AuthorizationException");
                body.put("message", broken.get().message());
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                json.writeValue(response.getOutputStream(), body);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
