package org.partnerflow.learning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.partnerflow.learning.LearningInsights;
import org.partnerflow.learning.LearningReviewView;
import org.partnerflow.learning.LearningReviews;
import org.partnerflow.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Learning", description = "Learning reviews, trends and the programme's learning picture")
class LearningApiController {

    private final LearningReviews reviews;
    private final LearningInsights insights;

    LearningApiController(LearningReviews reviews, LearningInsights insights) {
        this.reviews = reviews;
        this.insights = insights;
    }

    @GetMapping("/partnerships/{id}/learning-reviews")
    @Operation(summary = "A partnership's learning reviews, oldest first (staff; partners their own)")
    List<LearningReviewView> forPartnership(@PathVariable long id) {
        return reviews.forPartnership(id, CurrentUser.get());
    }

    @GetMapping("/partnerships/{id}/learning-trend")
    @Operation(summary = "The ratings of each signed-off review over time, with their average")
    List<LearningInsights.TrendPoint> trend(@PathVariable long id) {
        return insights.trend(id, CurrentUser.get());
    }

    @GetMapping("/learning-reviews/{id}")
    @Operation(summary = "One learning review with its sign-off history")
    LearningReviewView get(@PathVariable long id) {
        return reviews.get(id, CurrentUser.get());
    }

    @GetMapping("/learning-reviews")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'LEARNING_PARTNER')")
    @Operation(summary = "Search signed-off reviews by a theme in their text (staff)")
    List<LearningReviewView> search(@RequestParam("q") String text) {
        return reviews.search(text.length() > 200 ? text.substring(0, 200) : text);
    }

    @GetMapping("/programmes/{id}/learning")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROGRAMME_MANAGER', 'FUNDER', 'LEARNING_PARTNER')")
    @Operation(summary = "How each characteristic is rated across the programme's partnerships (latest reviews)")
    LearningInsights.ProgrammeLearning programme(@PathVariable long id) {
        return insights.programme(id, CurrentUser.get());
    }
}
