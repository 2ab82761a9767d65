package org.partnerflow.learning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerflow.learning.LearningInsights;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.partnership.PartnershipView;
import org.partnerflow.partnership.Partnerships;
import org.partnerflow.security.CurrentUser;
import org.partnerflow.security.PartnerflowUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The learning pages: a programme's ratings as a heat map with a search of reviews, and a partnership's trend. */
@Controller
class LearningPageController {

    private final LearningReviews reviews;
    private final LearningInsights insights;
    private final Partnerships partnerships;

    LearningPageController(LearningReviews reviews, LearningInsights insights, Partnerships partnerships) {
        this.reviews = reviews;
        this.insights = insights;
        this.partnerships = partnerships;
    }

    @GetMapping("/learning")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'LEARNING_PARTNER')")
    String programme(@RequestParam(required = false) Long programmeId, @RequestParam(required = false) String q,
            Model model) {
        PartnerflowUser user = CurrentUser.get();
        List<PartnershipView> visible = partnerships.visibleTo(user, null);
        // The programmes that have partnerships the user may read: those are the ones with learning to show.
        Map<Long, String> programmes = new LinkedHashMap<>();
        visible.forEach(p -> programmes.putIfAbsent(p.programmeId(), p.programmeTitle()));
        Long chosen = programmeId != null && programmes.containsKey(programmeId) ? programmeId
                : programmes.size() == 1 ? programmes.keySet().iterator().next() : null;
        List<PartnershipView> inScope = visible.stream()
                .filter(p -> chosen == null || chosen.equals(p.programmeId())).toList();
        model.addAttribute("programmes", programmes);
        model.addAttribute("programmeId", chosen);
        model.addAttribute("partnerships", inScope);
        if (chosen != null) {
            LearningInsights.ProgrammeLearning learning = insights.programme(chosen, user);
            model.addAttribute("programmeTitle", programmes.get(chosen));
            model.addAttribute("partnershipsRated", learning.partnershipsRated());
            model.addAttribute("heatMap", LearningTables.heatMap(learning.characteristics()));
        }
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            Map<Long, String> names = inScope.stream().collect(Collectors.toMap(PartnershipView::id, PartnershipView::name));
            Set<Long> ids = names.keySet();
            List<LearningReviewView> found = reviews.search(query.length() > 200 ? query.substring(0, 200) : query)
                    .stream().filter(r -> ids.contains(r.partnershipId())).toList();
            model.addAttribute("results", found);
            model.addAttribute("names", names);
        }
        return "learning";
    }

    @GetMapping("/partnerships/{id}/learning")
    String partnership(@PathVariable long id, Model model) {
        PartnerflowUser user = CurrentUser.get();
        PartnershipView partnership = partnerships.get(id, user);
        List<LearningInsights.TrendPoint> trend = insights.trend(id, user);
        model.addAttribute("partnership", partnership);
        model.addAttribute("series", LearningTables.series(reviews.forPartnership(id, user)));
        model.addAttribute("trendDates", LearningTables.trendDates(trend));
        model.addAttribute("trend", LearningTables.trend(reviews.characteristics(), trend));
        model.addAttribute("trendAverages", trend.stream().map(LearningInsights.TrendPoint::average).toList());
        return "partnership-learning";
    }
}
