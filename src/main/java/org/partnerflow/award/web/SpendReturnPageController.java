package org.partnerflow.award.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.award.AwardDetail;
import org.partnerflow.award.AwardQueries;
import org.partnerflow.award.SpendReturnRequest;
import org.partnerflow.award.Spending;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormReader;
import org.partnerflow.shared.web.FormState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page that sends (or corrects) a year's spend return, through Spending.report as the API does: the partnership
 * or a programme manager; 404 for an award the reader may not see. A correction carries the version it was based
 * on, so one overtaken by someone else's is refused (409) with the figures as they now stand.
 */
@Controller
class SpendReturnPageController {

    static final List<String> FIELDS = List.of("year", "amountSpent", "narrative");

    private final Spending spending;
    private final AwardQueries awards;
    private final Validator validator;
    private final Formats formats;

    SpendReturnPageController(Spending spending, AwardQueries awards, Validator validator, Formats formats) {
        this.spending = spending;
        this.awards = awards;
        this.validator = validator;
        this.formats = formats;
    }

    @GetMapping("/awards/{id}/spend-returns/new")
    String show(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        PartnerflowUser user = CurrentUser.get();
        spending.mayReport(id, user);
        AwardDetail award = awards.get(id, user);
        return render(award, FormState.of(year == null ? Map.of() : reported(award, year, Map.of())), false, model);
    }

    @PostMapping("/awards/{id}/spend-returns")
    String send(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        PartnerflowUser user = CurrentUser.get();
        spending.mayReport(id, user);
        Map<String, String[]> params = request.getParameterMap();
        FormReader form = new FormReader(params, FIELDS);
        try {
            Integer version = form.whole("version");
            SpendReturnRequest body = form.checked(new SpendReturnRequest(form.whole("year"), form.amount("amountSpent"),
                    form.optional("narrative"), version == null ? null : version.longValue()), validator);
            spending.report(id, body, user);
            redirect.addFlashAttribute("done", formats.text("spendForm.done", body.year(), formats.money(body.amountSpent())));
            return "redirect:/awards/" + id + "#spend-heading";
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(awards.get(id, user), FormState.submitted(params, broken.errors(), UnaryOperator.identity(),
                    Set.of()), false, model);
        } catch (ConflictException overtaken) {
            // Someone else reported the year since the form was opened: show their figure and version, keep ours.
            response.setStatus(HttpStatus.CONFLICT.value());
            AwardDetail award = awards.get(id, user);
            Integer year = form.whole("year");
            Map<String, String> kept = new LinkedHashMap<>();
            params.forEach((name, values) -> kept.put(name, values.length == 0 ? "" : values[0]));
            kept.remove("version");
            return render(award, FormState.of(year == null ? kept : reported(award, year, kept)), true, model);
        }
    }

    /** A year's return as reported, for a correction: its version, and its figures unless the reader's are kept. */
    private static Map<String, String> reported(AwardDetail award, int year, Map<String, String> kept) {
        Map<String, String> values = new LinkedHashMap<>(kept);
        values.put("year", String.valueOf(year));
        award.spendReturns().stream().filter(r -> r.year() == year).findFirst().ifPresent(r -> {
            values.put("version", String.valueOf(r.version()));
            values.putIfAbsent("amountSpent", r.amountSpent().toPlainString());
            values.putIfAbsent("narrative", r.narrative() == null ? "" : r.narrative());
        });
        return values;
    }

    private String render(AwardDetail award, FormState form, boolean stale, Model model) {
        model.addAttribute("award", award);
        model.addAttribute("years", Spending.yearsOf(award.durationMonths() == null ? 12 : award.durationMonths()));
        model.addAttribute("form", form);
        model.addAttribute("stale", stale);
        return "award-spend";
    }
}
