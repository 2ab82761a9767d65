package org.partnerflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.partnerflow.casestudy.CaseStudies;
import org.partnerflow.casestudy.CaseStudyUpdates;
import org.partnerflow.casestudy.Draft;
import org.partnerflow.casestudy.PublicUpdateRequest;
import org.partnerflow.casestudy.UpdateView;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.tasks.TaskFilter;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The Greenwich partnership's case study, told in our own words from the seed: two published versions (the second
 * a small revision) made through caseStudyUpdate as people would, and one public update request waiting at triage.
 * Skipped once Greenwich has a published case study.
 */
@Component
@Profile("demo")
class DemoCaseStudies {

    static final String PLACE = "Greenwich";

    private final CaseStudies caseStudies;
    private final CaseStudyUpdates updates;
    private final DemoTasks tasks;
    private final UserDetailsService users;
    private final ObjectMapper json;

    DemoCaseStudies(CaseStudies caseStudies, CaseStudyUpdates updates, DemoTasks tasks, UserDetailsService users,
            ObjectMapper json) {
        this.caseStudies = caseStudies;
        this.updates = updates;
        this.tasks = tasks;
        this.users = users;
        this.json = json;
    }

    void load(List<PartnershipView> partnerships) {
        PartnershipView greenwich = partnerships.stream().filter(p -> p.place().equals(PLACE)).findFirst().orElse(null);
        if (greenwich == null || caseStudies.published().stream().anyMatch(c -> c.partnershipId() == greenwich.id())) {
            return;
        }
        String slug = caseStudies.forPartnership(greenwich.id()).getSlug();
        PartnerflowUser manager = user("manager");
        PartnerflowUser partner = user("partner.greenwich");
        publish(updates.startBy(slug, manager), partner, manager, GreenwichText.first());
        publish(updates.startBy(slug, partner), partner, manager, GreenwichText.revised());
        updates.requestFromPublic(slug, new PublicUpdateRequest("Jo Bennett", "jo.bennett@example.org",
                "The community hubs now also run a weekly advice session at the library. Could the case study say so?",
                null));
    }

    private void publish(UpdateView update, PartnerflowUser author, PartnerflowUser approver, Draft text) {
        complete(author, "draftCaseStudyVersion", update, text);
        complete(approver, "approveCaseStudyVersion", update, java.util.Map.of("decision", "PUBLISH"));
    }

    private void complete(PartnerflowUser user, String key, UpdateView update, Object body) {
        String taskId = tasks.visibleTo(user, new TaskFilter(key, null, false, 0, 200)).stream()
                .filter(t -> String.valueOf(update.id()).equals(t.businessKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo: no " + key + " task for update " + update.id()))
                .id();
        tasks.complete(taskId, json.valueToTree(body), user);
    }

    private PartnerflowUser user(String username) {
        return (PartnerflowUser) users.loadUserByUsername(username);
    }
}
