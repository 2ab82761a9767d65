package org.partnerflow.award.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.partnerflow.award.PanelEntry;
import org.partnerflow.award.PanelRanking;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Programmes")
class PanelApiController {

    private final PanelRanking panel;

    PanelApiController(PanelRanking panel) {
        this.panel = panel;
    }

    @GetMapping("/api/v1/programmes/{id}/panel")
    @PreAuthorize("hasAnyRole('FUNDER', 'PROGRAMME_MANAGER')")
    @Operation(summary = "Proposals waiting for the panel's decision, best first (funders and programme managers)",
            description = "Ranked by weighted score (the programme's criteria and weights), with each criterion's "
                    + "mean, lowest and highest score, the amount requested and a running total against the "
                    + "remaining budget; taskId is the proposal's decideAward task.")
    List<PanelEntry> panel(@PathVariable long id) {
        return panel.of(id, CurrentUser.get());
    }
}
