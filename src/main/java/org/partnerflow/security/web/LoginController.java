package org.partnerflow.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the password form, and with single sign-on on a link per identity provider. After a refused
 * single sign-on (no Partnerflow role, or the username belongs to a local account) the page says why, with 403.
 */
@Controller
class LoginController {

    private static final Set<String> REFUSALS = Set.of("refused", "taken", "no-username");

    /** An identity provider to sign in with: its name and the path that starts the sign-in. */
    record Provider(String name, String registrationId) {
    }

    private final List<Provider> providers;

    LoginController(ObjectProvider<ClientRegistrationRepository> registrations,
            @Value("${partnerflow.sso.enabled:false}") boolean singleSignOn) {
        List<Provider> found = new ArrayList<>();
        ClientRegistrationRepository repository = singleSignOn ? registrations.getIfAvailable() : null;
        if (repository instanceof Iterable<?> all) {
            for (Object each : all) {
                ClientRegistration registration = (ClientRegistration) each;
                found.add(new Provider(registration.getClientName(), registration.getRegistrationId()));
            }
        }
        found.sort(Comparator.comparing(Provider::name));
        this.providers = List.copyOf(found);
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "sso", required = false) String sso, Model model, HttpServletResponse response) {
        model.addAttribute("providers", providers);
        if (sso != null && !providers.isEmpty()) {
            model.addAttribute("ssoProblem", REFUSALS.contains(sso) ? sso : "failed");
            if (REFUSALS.contains(sso)) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
            }
        }
        return "login";
    }
}
