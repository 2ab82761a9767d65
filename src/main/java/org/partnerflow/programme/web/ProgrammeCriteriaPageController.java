package org.partnerflow.programme.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.partnerflow.programme.ProgrammeCriteria;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where programme managers and admins set a programme's assessment criteria; the API's rules. */
@Controller
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'ADMIN')")
class ProgrammeCriteriaPageController {

    private final Programmes programmes;
    private final ProgrammeCriteria criteria;
    private final Formats formats;

    ProgrammeCriteriaPageController(Programmes programmes, ProgrammeCriteria criteria, Formats formats) {
        this.programmes = programmes;
        this.criteria = criteria;
        this.formats = formats;
    }

    @GetMapping("/programmes/{id}/criteria")
    String show(@PathVariable long id, Model model) {
        ProgrammeView programme = programmes.get(id, CurrentUser.get());
        return render(programme, FormState.of(CriteriaForm.values(criteria.of(id))), model);
    }

    @PostMapping("/programmes/{id}/criteria")
    String save(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        ProgrammeView programme = programmes.get(id, CurrentUser.get()); // 404 before anything is read
        CriteriaForm form = new CriteriaForm(request.getParameterMap());
        try {
            criteria.replace(id, form.criteria(), CurrentUser.get().getUsername());
            redirect.addFlashAttribute("done", formats.text("setup.flash.criteriaSaved", programme.title()));
            return "redirect:/programmes/" + id;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String[]> kept = new LinkedHashMap<>(request.getParameterMap());
            kept.remove("_csrf");
            return render(programme, FormState.submitted(kept, broken.errors(), form.formField(), Set.of()), model);
        }
    }

    private static String render(ProgrammeView programme, FormState form, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        return "programme-criteria";
    }
}
