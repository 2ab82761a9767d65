package org.partnerflow.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.DomainRuleViolation.FieldRule;
import org.partnerflow.shared.web.FormState;

/** Broken rules land on the field the reader filled in, in words, with a link target that exists. */
class FormStateTest {

    @Test
    void anErrorOnAKeptRowIsPlacedOnTheRowItCameFrom() {
        Map<String, String[]> params = params("milestones[0].title", "", "milestones[1].title", "Hubs open",
                "milestones[1].trancheAmount", "0");
        FormToJson.Result converted = FormToJson.convert(params, Set.of());

        FormState form = FormState.submitted(params,
                List.of(new FieldRule("milestones[0].trancheAmount", "must be more than £0")), converted::formPath, Set.of());

        assertThat(form.getErrors()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("milestones[1].trancheAmount");
            assertThat(p.anchor()).isEqualTo("milestones-1-trancheAmount");
            assertThat(p.text()).isEqualTo("Milestone 2, tranche amount must be more than £0");
        });
        assertThat(form.value("milestones[1].title")).isEqualTo("Hubs open");
    }

    @Test
    void aDraftRowIsFoundByItsKeyWhereAnEmptiedRowBeforeItWasDropped() {
        Map<String, String[]> params = params("budgetByYear[0].year", "1", "budgetByYear[0].amount", "",
                "budgetByYear[1].year", "2", "budgetByYear[1].amount", "123456.78");
        FormToJson.Result draft = FormToJson.convert(params, Set.of("year"));
        FormState reopened = FormState.of(FormToJson.flatten(draft.body()));

        assertThat(reopened.value("budgetByYear[0].amount")).as("year 2 moved up a row").isEqualTo("123456.78");
        assertThat(reopened.valueInRow("budgetByYear", "year", 2, "amount")).isEqualTo("123456.78");
        assertThat(reopened.valueInRow("budgetByYear", "year", 1, "amount")).isEmpty();
    }

    @Test
    void aRuleAboutAWholeListIsShownOnItsGroupInPlainWords() {
        Map<String, String[]> params = params("amountRequested", "450000.00");
        FormState form = FormState.submitted(params, List.of(new FieldRule(
                "milestones", "tranche amounts must add up to amountRequested (£450,000.00); they add up to £400,000.00")),
                FormToJson.convert(params, Set.of())::formPath, Set.of());

        assertThat(form.hasError("milestones")).isTrue();
        assertThat(form.getErrors().get(0).anchor()).isEqualTo("milestones");
        assertThat(form.errors("milestones")).containsExactly(
                "Milestones: tranche amounts must add up to amount requested (£450,000.00); they add up to £400,000.00");
    }

    @Test
    void aRuleNamingDatesGivesThemAsAPersonWritesThem() {
        Map<String, String[]> params = params("dueDate", "2030-01-01");
        FormState form = FormState.submitted(params, List.of(new FieldRule("dueDate",
                "must fall within the award period, 2027-04-01 to 2029-03-31")),
                FormToJson.convert(params, Set.of())::formPath, Set.of());

        assertThat(form.errors("dueDate")).containsExactly(
                "Due date must fall within the award period, 1 April 2027 to 31 March 2029");
        assertThat(form.value("dueDate")).as("the reader's own answer stays as typed").isEqualTo("2030-01-01");
    }

    @Test
    void anErrorOnAHiddenRowKeyGoesToTheGroupTheReaderCanSee() {
        Map<String, String[]> params = params("budgetByYear[2].year", "3", "budgetByYear[2].amount", "10.00");
        FormState form = FormState.submitted(params,
                List.of(new FieldRule("budgetByYear[0].year", "must be between 1 and 2 (the award lasts 24 months)")),
                FormToJson.convert(params, Set.of("year"))::formPath, Set.of("year"));

        assertThat(form.getErrors().get(0).anchor()).isEqualTo("budgetByYear");
    }

    @Test
    void anErrorOnAnElementOfAListOfTextsLandsOnTheBoxItWasTypedIn() {
        Map<String, String[]> params = params("links[0]", "", "links[1]", "example.org");
        FormToJson.Result converted = FormToJson.convert(params, Set.of());

        FormState form = FormState.submitted(params, List.of(new FieldRule("links[0]",
                "must be a web address starting http:// or https://")), converted::formPath, Set.of());

        assertThat(form.getErrors()).singleElement().satisfies(p -> {
            assertThat(p.anchor()).isEqualTo("links-1");
            assertThat(p.text()).isEqualTo("Link 2 must be a web address starting http:// or https://");
        });
    }

    @Test
    void jacksonsTypeNamesAreReplacedByWhatToType() {
        Map<String, String[]> params = params("durationMonths", "three");
        FormState form = FormState.submitted(params, List.of(new FieldRule("durationMonths", "must be a valid integer")),
                FormToJson.convert(params, Set.of())::formPath, Set.of());

        assertThat(form.errors("durationMonths")).containsExactly("Duration months must be a whole number");
    }

    @Test
    void aListThatGrowsByAddAnotherShowsItsRowsAndOneMoreOnlyWhenAsked() {
        FormState none = FormState.of(Map.of());
        assertThat(none.entries("milestones")).containsExactly(0);
        assertThat(none.withAddedRow("milestones").entries("milestones")).containsExactly(0, 1);

        FormState two = FormState.of(Map.of("milestones[0].title", "First", "milestones[1].dueDate", "2027-09-30",
                "communityAims[0]", "Residents lead"));
        assertThat(two.entries("milestones")).containsExactly(0, 1);
        assertThat(two.withAddedRow("milestones").entries("milestones")).containsExactly(0, 1, 2);
        assertThat(two.withAddedRow("milestones").entries("communityAims")).containsExactly(0);
    }

    @Test
    void aDateIsShownInItsThreeBoxesAsTypedOrFromTheIsoDateOfABody() {
        FormState fromBody = FormState.of(Map.of("startDate", "2027-04-01"));
        assertThat(fromBody.datePart("startDate", "day")).isEqualTo("1");
        assertThat(fromBody.datePart("startDate", "month")).isEqualTo("4");
        assertThat(fromBody.datePart("startDate", "year")).isEqualTo("2027");

        FormState typed = FormState.of(Map.of("startDate.day", "31", "startDate.month", "02"));
        assertThat(typed.datePart("startDate", "day")).isEqualTo("31");
        assertThat(typed.datePart("startDate", "month")).isEqualTo("02");
        assertThat(typed.datePart("startDate", "year")).isEmpty();
    }

    @Test
    void aListShowsAtLeastItsMinimumRowsAndOneSpareAfterTheLastFilledRow() {
        assertThat(FormState.of(Map.of()).rows("milestones", 4)).containsExactly(0, 1, 2, 3);
        assertThat(FormState.of(Map.of("milestones[4].title", "Fifth")).rows("milestones", 4))
                .containsExactly(0, 1, 2, 3, 4, 5);
    }

    private static Map<String, String[]> params(String... namesAndValues) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return params;
    }
}
