package org.partnerflow.export.web;

import org.partnerflow.export.OpenDataPublication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The open-data page for funders and managers: what is published, when it last changed, the quality report. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER')")
class OpenDataPageController {

    private final OpenDataPublication publication;

    OpenDataPageController(OpenDataPublication publication) {
        this.publication = publication;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute("publication",
                publication.current(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
        return "open-data";
    }
}
