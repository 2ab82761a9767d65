package org.partnerflow.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.programme.ProgrammeView;
import org.partnerflow.programme.Programmes;
import org.partnerflow.security.PartnerflowUser;
import org.partnerflow.security.Role;
import org.partnerflow.security.UserRequest;
import org.partnerflow.security.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo programmes, partnerships and users once. Idempotent: each programme, partnership and
 * user is created only when missing, so a restart (or a crash half-way) never duplicates anything.
 * Everything goes through the same services and validation as the REST API.
 */
@Component
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final PartnerflowUser LOADER = new PartnerflowUser(0L, "demo-loader", "Demo loader", "", true,
            EnumSet.of(Role.ADMIN), Set.of());

    private final Programmes programmes;
    private final Partnerships partnerships;
    private final Users users;
    private final Validator validator;
    private final ObjectMapper json;
    private final Resource data;
    private final DemoAwards demoAwards;
    private final DemoCaseStudies demoCaseStudies;
    private final DemoOutcomes demoOutcomes;

    DemoDataLoader(Programmes programmes, Partnerships partnerships, Users users, Validator validator,
            ObjectMapper json, @Value("${partnerflow.demo.data}") Resource data, DemoAwards demoAwards,
            DemoCaseStudies demoCaseStudies, DemoOutcomes demoOutcomes) {
        this.demoOutcomes = demoOutcomes;
        this.demoAwards = demoAwards;
        this.demoCaseStudies = demoCaseStudies;
        this.programmes = programmes;
        this.partnerships = partnerships;
        this.users = users;
        this.validator = validator;
        this.json = json;
        this.data = data;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DemoData demo;
        try (InputStream in = data.getInputStream()) {
            demo = json.readValue(in, DemoData.class);
        }
        List<PartnershipView> loaded = new ArrayList<>();
        for (DemoData.Programme programme : demo.programmes()) {
            loaded.addAll(load(programme));
        }
        createUsers(loaded);
        demoOutcomes.prepare(loaded);
        demoAwards.load(loaded);
        demoOutcomes.report(loaded);
        demoCaseStudies.load(loaded);
        log.info("Demo data ready: {} programmes, {} partnerships; demo users have the password '{}'",
                demo.programmes().size(), loaded.size(), PASSWORD);
    }

    private List<PartnershipView> load(DemoData.Programme demo) {
        ProgrammeView programme = programmes.visibleTo(LOADER).stream()
                .filter(p -> p.code().equals(demo.code()))
                .findFirst()
                .orElseGet(() -> programmes.create(valid(demo.request())));
        List<PartnershipView> existing = partnerships.visibleTo(LOADER, programme.id());
        List<PartnershipView> result = new ArrayList<>();
        for (DemoData.Partnership partnership : demo.partnerships()) {
            result.add(existing.stream()
                    .filter(p -> p.place().equalsIgnoreCase(partnership.place()))
                    .findFirst()
                    .orElseGet(() -> partnerships.create(valid(partnership.request(programme.id())))));
        }
        return result;
    }

    private void createUsers(List<PartnershipView> loaded) {
        createUser("admin", "Ada Admin", Role.ADMIN, List.of());
        createUser("manager", "Morgan Manager", Role.PROGRAMME_MANAGER, List.of());
        createUser("funder", "Frankie Funder", Role.FUNDER, List.of());
        createUser("assessor", "Alex Assessor", Role.ASSESSOR, List.of());
        createUser("learning", "Lee Learning", Role.LEARNING_PARTNER, List.of());
        for (PartnershipView partnership : loaded) {
            createUser("partner." + partnership.place().toLowerCase(), "Partner in " + partnership.place(),
                    Role.PARTNER, List.of(partnership.id()));
        }
    }

    private void createUser(String username, String displayName, Role role, List<Long> partnershipIds) {
        if (!users.exists(username)) {
            users.create(new UserRequest(username, displayName, username + "@demo.partnerflow.test", PASSWORD,
                    Set.of(role), partnershipIds));
        }
    }

    /** Demo data obeys the API's rules; a broken demo file fails the start-up loudly. */
    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Demo data breaks the API's rules: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
        return request;
    }
}
