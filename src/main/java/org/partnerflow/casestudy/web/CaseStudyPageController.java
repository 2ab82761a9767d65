package org.partnerflow.casestudy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerflow.casestudy.CaseStudies;
import org.partnerflow.casestudy.CaseStudyUpdates;
import org.partnerflow.casestudy.Draft;
import org.partnerflow.casestudy.PublicUpdateRequest;
import org.partnerflow.casestudy.TooManyUpdateRequests;
import org.partnerflow.casestudy.UpdateRequestGuard;
import org.partnerflow.casestudy.VersionEntry;
import org.partnerflow.casestudy.VersionView;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public case-study pages (no sign-in) with the update form, and for staff and the partnership the earlier
 * versions and a diff. Everything is shown with th:text, so whatever anyone typed appears as text.
 */
@Controller
class CaseStudyPageController {

    private final CaseStudies caseStudies;
    private final CaseStudyUpdates updates;
    private final UpdateRequestGuard guard;
    private final Validator validator;
    /** The page's messages in the reader's language (i18n/casestudy.properties). */
    private final Formats formats;

    CaseStudyPageController(CaseStudies caseStudies, CaseStudyUpdates updates, UpdateRequestGuard guard,
            Validator validator, Formats formats) {
        this.caseStudies = caseStudies;
        this.updates = updates;
        this.guard = guard;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/case-studies")
    String list(Model model) {
        model.addAttribute("caseStudies", caseStudies.published());
        return "case-studies";
    }

    @GetMapping("/case-studies/{slug}")
    String show(@PathVariable String slug, Model model) {
        return render(caseStudies.latest(slug, signedIn()), PublicForm.empty(), model);
    }

    @PostMapping("/case-studies/{slug}/update-requests")
    String requestUpdate(@PathVariable String slug, @RequestParam Map<String, String> params,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        VersionView latest = caseStudies.latest(slug, signedIn());
        PublicUpdateRequest body = new PublicUpdateRequest(params.get("name"), params.get("email"),
                params.get("message"), params.get("website"));
        List<PublicForm.Problem> problems = validator.validate(body).stream()
                .filter(v -> !v.getPropertyPath().toString().equals("website"))
                .sorted(Comparator.comparing(v -> List.of("name", "email", "message").indexOf(v.getPropertyPath().toString())))
                .map(v -> PublicForm.problem(v.getPropertyPath().toString(), v.getMessage(), formats))
                .toList();
        Map<String, String> values = new LinkedHashMap<>();
        List.of("name", "email", "message").forEach(f -> values.put(f, params.getOrDefault(f, "")));
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(latest, new PublicForm(values, problems), model);
        }
        try {
            guard.admit(request.getRemoteAddr());
        } catch (TooManyUpdateRequests tooMany) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("tooMany", formats.text("caseStudy.update.tooMany", tooMany.limit(),
                    tooMany.window().toMinutes()));
            return render(latest, new PublicForm(values, List.of()), model);
        }
        updates.requestFromPublic(slug, body);
        redirect.addFlashAttribute("received", true);
        return "redirect:/case-studies/{slug}#update";
    }

    @GetMapping("/case-studies/{slug}/versions/{version}")
    String version(@PathVariable String slug, @PathVariable int version, Model model) {
        PartnerflowUser user = CurrentUser.get();
        model.addAttribute("study", caseStudies.version(slug, version, user));
        model.addAttribute("versions", caseStudies.versions(slug, user));
        model.addAttribute("sections", Draft.SECTIONS);
        return "case-study-version";
    }

    @GetMapping("/case-studies/{slug}/diff")
    String diff(@PathVariable String slug, @RequestParam int from, @RequestParam int to, Model model) {
        PartnerflowUser user = CurrentUser.get();
        model.addAttribute("diff", caseStudies.diff(slug, from, to, user));
        model.addAttribute("study", caseStudies.latest(slug, user));
        model.addAttribute("versions", caseStudies.versions(slug, user));
        return "case-study-diff";
    }

    private String render(VersionView study, PublicForm form, Model model) {
        PartnerflowUser user = signedIn();
        List<VersionEntry> history = user != null && caseStudies.mayReadHistory(study.slug(), user)
                ? caseStudies.versions(study.slug(), user) : List.of();
        model.addAttribute("study", study);
        model.addAttribute("form", form);
        model.addAttribute("history", history);
        return "case-study";
    }

    private static PartnerflowUser signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PartnerflowUser user ? user : null;
    }
}
