package org.partnerflow.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerflow.casestudy.Draft;
import org.partnerflow.outcome.Direction;
import org.partnerflow.outcome.IndicatorUnit;
import org.partnerflow.security.Role;
import org.partnerflow.support.Bundles;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Keys the learning, outcome, case-study and admin pages compute from a value (indicatorUnit.PEOPLE,
 * caseStudy.diff.section.about, role.ADMIN): the template lint cannot see them, so every value is checked here,
 * and in en-GB each reads as the value's own label did before the pages used the bundles.
 */
class LearningAndCaseStudyKeysTest {

    private final ResourceBundleMessageSource messages = Bundles.messages();
    private final Locale gb = Locale.forLanguageTag("en-GB");

    private String text(String key) {
        return messages.getMessage(key, null, gb);
    }

    @Test
    void everyIndicatorUnitHasItsLabel() {
        for (IndicatorUnit unit : IndicatorUnit.values()) {
            assertThat(text("indicatorUnit." + unit.name())).as(unit.name()).isEqualTo(unit.label());
        }
    }

    @Test
    void everyDirectionHasAWord() {
        for (Direction direction : Direction.values()) {
            assertThat(text("outcomes.indicator.direction." + direction.name())).isNotBlank();
        }
    }

    @Test
    void everyCaseStudySectionHasItsHeading() {
        for (String[] section : Draft.SECTIONS) {
            assertThat(text("caseStudy.diff.section." + section[0])).as(section[0]).isEqualTo(section[1]);
        }
    }

    @Test
    void everyRoleHasItsLabel() {
        for (Role role : Role.values()) {
            assertThat(text("role." + role.name())).as(role.name()).isEqualTo(role.label());
        }
    }

    @Test
    void everySeparationOfDutiesRuleIsExplainedOnTheErrorPage() {
        for (org.partnerflow.integrity.DutyRule rule : org.partnerflow.integrity.DutyRule.values()) {
            assertThat(text("error.rule." + rule.code())).as(rule.code()).contains("keep duties separate");
        }
    }
}
