package org.partnerflow.partnership.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnerflow.organisation.OrganisationType;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Partnership pages: staff see every partnership, partners only their own (others answer 404). */
@Controller
class PartnershipPageController {

    private final Partnerships partnerships;

    PartnershipPageController(Partnerships partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships")
    String list(Model model) {
        model.addAttribute("partnerships", partnerships.visibleTo(CurrentUser.get(), null));
        return "partnerships";
    }

    @GetMapping("/partnerships/{id}")
    String show(@PathVariable long id, Model model) {
        PartnershipView partnership = partnerships.get(id, CurrentUser.get());
        Map<OrganisationType, List<PartnershipView.MemberView>> membersByType = partnership.members().stream()
                .sorted(Comparator.comparing(m -> m.organisation().name()))
                .collect(Collectors.groupingBy(m -> m.organisation().type(), TreeMap::new, Collectors.toList()));
        model.addAttribute("partnership", partnership);
        model.addAttribute("membersByType", membersByType);
        return "partnership";
    }
}
