package org.partnerflow.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserPage;
import org.partnerflow.security.UserEdits;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.UserView;
import org.partnerflow.security.Users;
import org.partnerflow.shared.ConflictException;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.shared.Formats;
import org.partnerflow.shared.web.FormState;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages for people: the users with their roles, memberships and lock-outs; a form to create one; and per
 * user, an edit of name, e-mail, roles, memberships and sign-in, a new password and lifting a lock-out. The same
 * rules as the user API.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserPageController {

    private static final int PAGE_SIZE = 50;

    private final Users users;
    private final Validator validator;
    /** The pages' messages in the reader's language (i18n/admin.properties). */
    private final Formats formats;
    private final UserEdits edits;

    AdminUserPageController(Users users, Validator validator, Formats formats, UserEdits edits) {
        this.users = users;
        this.validator = validator;
        this.formats = formats;
        this.edits = edits;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        UserPage found = users.list(Math.max(0, page), PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("partnershipNames", users.partnershipNames());
        model.addAttribute("previousUrl", found.hasPrevious() ? "/admin/users?page=" + (found.page() - 1) : null);
        model.addAttribute("nextUrl", found.hasNext() ? "/admin/users?page=" + (found.page() + 1) : null);
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        return renderNew(FormState.of(Map.of()), Set.of(), Set.of(), model);
    }

    @PostMapping
    String create(HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Map<String, String[]> params = request.getParameterMap();
        try {
            UserRequest user = UserForm.newUser(params, validator, formats);
            users.create(user);
            redirect.addFlashAttribute("done", formats.text("admin.flash.created", user.username()));
            return "redirect:/admin/users/" + user.username();
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderNew(submitted(params, broken.errors()), selected(params, "roles"),
                    selected(params, "partnershipIds"), model);
        } catch (ConflictException taken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            var rule = new DomainRuleViolation.FieldRule("username", formats.text("admin.rule.usernameTaken"));
            return renderNew(submitted(params, List.of(rule)), selected(params, "roles"),
                    selected(params, "partnershipIds"), model);
        }
    }

    @GetMapping("/{username}")
    String show(@PathVariable String username, Model model) {
        return renderUser(username, null, model);
    }

    /** The edit form: name, e-mail, roles, partnerships and whether the user may sign in, all at once. */
    @PostMapping("/{username}")
    String change(@PathVariable String username, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        users.get(username); // 404 before anything is read
        Map<String, String[]> params = request.getParameterMap();
        List<DomainRuleViolation.FieldRule> refused;
        try {
            edits.change(username, UserForm.change(params, validator, formats));
            redirect.addFlashAttribute("done", formats.text("admin.flash.changed", username));
            return "redirect:/admin/users/" + username;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            // Only the partnerships' existence is left to the service; the form checks the rest in its own words.
            refused = broken.errors().stream().map(rule -> rule.field().equals("partnershipIds")
                    ? new DomainRuleViolation.FieldRule(rule.field(), formats.text("admin.rule.unknownPartnership"))
                    : rule).toList();
        } catch (UserEdits.LastAdmin last) {
            response.setStatus(HttpStatus.CONFLICT.value());
            refused = List.of(new DomainRuleViolation.FieldRule("active", formats.text("admin.rule.lastAdmin")));
        } catch (UserEdits.Stale | OptimisticLockingFailureException stale) {
            // Drawn again from what is stored now, so the admin sees the other change before making theirs.
            response.setStatus(HttpStatus.CONFLICT.value());
            var rule = new DomainRuleViolation.FieldRule("version", formats.text("admin.rule.stale"));
            Map<String, String[]> current = new java.util.LinkedHashMap<>();
            stored(users.get(username)).forEach((name, value) -> current.put(name, new String[] {value}));
            return renderUser(username, FormState.submitted(current, List.of(rule), UnaryOperator.identity(),
                    Set.of()), model);
        }
        model.addAttribute("selectedRoles", selected(params, "roles"));
        model.addAttribute("selectedPartnerships", selected(params, "partnershipIds"));
        return renderUser(username, submitted(params, refused), model);
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        users.get(username); // 404 before anything is read
        try {
            users.resetPassword(username, UserForm.passwordReset(request.getParameterMap(), validator));
            redirect.addFlashAttribute("done", formats.text("admin.flash.passwordSet", username));
            return "redirect:/admin/users/" + username;
        } catch (DomainRuleViolation broken) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderUser(username, submitted(request.getParameterMap(), broken.errors()), model);
        }
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        users.unlock(username);
        redirect.addFlashAttribute("done", formats.text("admin.flash.unlocked", username));
        return "redirect:/admin/users/" + username;
    }

    private String renderNew(FormState form, Set<String> roles, Set<String> partnershipIds, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", Role.values());
        model.addAttribute("selectedRoles", roles);
        model.addAttribute("partnershipNames", users.partnershipNames());
        model.addAttribute("selectedPartnerships", partnershipIds);
        return "admin/user-new";
    }

    /** The user's page; with no form given, the edit form filled from what is stored. */
    private String renderUser(String username, FormState form, Model model) {
        UserView user = users.get(username);
        model.addAttribute("u", user);
        model.addAttribute("partnershipNames", users.partnershipNames());
        model.addAttribute("roles", Role.values());
        // A refused edit shows what was sent, a refused password what is stored (its own form sends no more).
        boolean editRefused = form != null && form.hasErrors() && !form.hasError(UserForm.PASSWORD)
                && !form.value("version").isEmpty();
        model.addAttribute("edit", editRefused ? form : FormState.of(stored(user)));
        model.addAttribute("form", form == null ? FormState.of(Map.of()) : form);
        if (!model.containsAttribute("selectedRoles")) {
            model.addAttribute("selectedRoles", Set.copyOf(user.roles().stream().map(Role::name).toList()));
            model.addAttribute("selectedPartnerships",
                    Set.copyOf(user.partnershipIds().stream().map(String::valueOf).toList()));
        }
        return "admin/user";
    }

    /** The edit form's values as stored. */
    private static Map<String, String> stored(UserView user) {
        return Map.of("displayName", user.displayName(), "email", user.email() == null ? "" : user.email(),
                "active", String.valueOf(user.active()), "version", String.valueOf(user.version()));
    }

    private static FormState submitted(Map<String, String[]> params, List<DomainRuleViolation.FieldRule> errors) {
        return FormState.submitted(UserForm.withoutPassword(params), errors, UnaryOperator.identity(), Set.of());
    }

    private static Set<String> selected(Map<String, String[]> params, String name) {
        return Set.copyOf(UserForm.all(params, name));
    }
}
