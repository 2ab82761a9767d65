package org.partnerflow.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerflow.award.AcceptanceRequest;
import org.partnerflow.award.AssessmentRequest;
import org.partnerflow.award.ProposalRequest;

/** A submitted form becomes the JSON body the API takes, and back. */
class FormToJsonTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void nestedFieldNamesBuildObjectsAndListsInRowOrder() throws Exception {
        JsonNode body = convert(Set.of(),
                "summary", "Residents lead the hubs",
                "milestones[1].title", "Second",
                "milestones[0].title", "First",
                "milestones[0].dueDate", "2027-03-31",
                "milestones[0].trancheAmount", "150000.00",
                "budgetByYear[0].year", "1",
                "budgetByYear[0].amount", "150000.00",
                "communityAims[0]", "Residents run their own groups").body();

        assertThat(json.writeValueAsString(body)).isEqualTo("{\"summary\":\"Residents lead the hubs\","
                + "\"milestones\":[{\"title\":\"First\",\"dueDate\":\"2027-03-31\",\"trancheAmount\":\"150000.00\"},"
                + "{\"title\":\"Second\"}],"
                + "\"budgetByYear\":[{\"year\":\"1\",\"amount\":\"150000.00\"}],"
                + "\"communityAims\":[\"Residents run their own groups\"]}");
    }

    @Test
    void theCsrfTokenAndNamesThatAreNotPathsAreLeftOut() {
        JsonNode body = convert(Set.of(), "_csrf", "token", "accept", "true", "[0]", "x", "a..b", "y", "x]", "z").body();

        assertThat(body.fieldNames()).toIterable().containsExactly("accept");
    }

    @Test
    void blankFieldsAndEmptyRowsAreDroppedAndKeptRowsRememberTheirFormIndex() {
        FormToJson.Result result = convert(Set.of("year"),
                "summary", "   ",
                "milestones[0].title", "First",
                "milestones[1].title", "",
                "milestones[1].trancheAmount", " ",
                "milestones[2].title", "Third",
                "budgetByYear[0].year", "1",
                "budgetByYear[0].amount", "100.00",
                "budgetByYear[1].year", "2",
                "budgetByYear[1].amount", "",
                "workstreams[0]", "");

        JsonNode body = result.body();
        assertThat(body.has("summary")).isFalse();
        assertThat(body.has("workstreams")).isFalse();
        assertThat(body.get("milestones")).hasSize(2);
        assertThat(body.get("milestones").get(1).get("title").asText()).isEqualTo("Third");
        assertThat(body.get("budgetByYear")).hasSize(1); // year 2 held only its year: an unused row
        assertThat(result.formPath("milestones[1].title")).isEqualTo("milestones[2].title");
        assertThat(result.formPath("milestones")).isEqualTo("milestones");
        assertThat(result.formPath("summary")).isEqualTo("summary");
    }

    @Test
    void amountsMayBeTypedWithAPoundSignAndCommas() {
        JsonNode body = convert(Set.of(), "amountRequested", "£450,000.00", "trancheAmounts[0]", "150,000",
                "summary", "£1,000 for each hub").body();

        assertThat(body.get("amountRequested").asText()).isEqualTo("450000.00");
        assertThat(body.get("trancheAmounts").get(0).asText()).isEqualTo("150000");
        assertThat(body.get("summary").asText()).isEqualTo("£1,000 for each hub");
    }

    @Test
    void stringValuesBindToTheTaskBodysTypedRecord() throws Exception {
        ProposalRequest proposal = json.treeToValue(convert(Set.of("year"),
                "summary", "Hubs", "amountRequested", "300000.00", "startDate", "2027-04-01", "durationMonths", "24",
                "budgetByYear[0].year", "1", "budgetByYear[0].amount", "300000.00",
                "milestones[0].title", "Hubs open", "milestones[0].dueDate", "2028-03-31",
                "milestones[0].trancheAmount", "300000.00").body(), ProposalRequest.class);
        AssessmentRequest assessment = json.treeToValue(convert(Set.of(), "scores[0].criterion", "Value for money",
                "scores[0].score", "4", "recommendation", "FUND").body(), AssessmentRequest.class);
        AcceptanceRequest answer = json.treeToValue(convert(Set.of(), "accept", "false").body(), AcceptanceRequest.class);

        assertThat(proposal.amountRequested()).isEqualByComparingTo("300000.00");
        assertThat(proposal.durationMonths()).isEqualTo(24);
        assertThat(proposal.milestones().get(0).dueDate()).hasToString("2028-03-31");
        assertThat(assessment.scores().get(0).score()).isEqualTo(4);
        assertThat(answer.accept()).isFalse();
    }

    @Test
    void flatteningABodyGivesTheFormFieldsThatRebuildIt() throws Exception {
        JsonNode body = json.readTree("{\"summary\":\"Hubs\",\"amountRequested\":450000.00,"
                + "\"milestones\":[{\"title\":\"First\",\"trancheAmount\":150000.00}],\"systemAims\":[\"Share data\"],"
                + "\"recommendation\":null}");

        Map<String, String> fields = FormToJson.flatten(body);

        assertThat(fields).containsExactly(Map.entry("summary", "Hubs"), Map.entry("amountRequested", "450000.00"),
                Map.entry("milestones[0].title", "First"), Map.entry("milestones[0].trancheAmount", "150000.00"),
                Map.entry("systemAims[0]", "Share data"));
        Map<String, String[]> params = new LinkedHashMap<>();
        fields.forEach((k, v) -> params.put(k, new String[] {v}));
        assertThat(FormToJson.convert(params, Set.of()).body().get("milestones").get(0).get("title").asText())
                .isEqualTo("First");
    }

    @Test
    void aDateTypedAsDayMonthAndYearBecomesTheIsoDateOfTheBody() throws Exception {
        FormToJson.Result form = convert(Set.of(), "startDate.day", "1", "startDate.month", "4",
                "startDate.year", "2027", "milestones[0].title", "Hubs open", "milestones[0].dueDate.day", " 30 ",
                "milestones[0].dueDate.month", "09", "milestones[0].dueDate.year", "2027",
                "milestones[1].dueDate.day", "", "milestones[1].dueDate.month", "", "milestones[1].dueDate.year", "");

        assertThat(form.dateErrors()).isEmpty();
        assertThat(json.writeValueAsString(form.body())).isEqualTo(
                "{\"startDate\":\"2027-04-01\",\"milestones\":[{\"title\":\"Hubs open\",\"dueDate\":\"2027-09-30\"}]}");
        assertThat(json.treeToValue(form.body().deepCopy().put("summary", "s"), ProposalRequest.class).startDate())
                .isEqualTo(java.time.LocalDate.of(2027, 4, 1));
    }

    @Test
    void aDateThatIsNotRealIsNamedByItsPathInTheBodyAndKeptAsTyped() throws Exception {
        FormToJson.Result form = convert(Set.of(), "milestones[0].title", "", "milestones[1].title", "Second",
                "milestones[1].dueDate.day", "31", "milestones[1].dueDate.month", "2",
                "milestones[1].dueDate.year", "2027", "startDate.month", "4", "milestones[2].dueDate.day", "x",
                "milestones[2].dueDate.month", "4", "milestones[2].dueDate.year", "2027");

        assertThat(form.dateErrors()).extracting(e -> e.field() + " " + e.message()).containsExactlyInAnyOrder(
                "milestones[0].dueDate must be a real date, such as 31 3 2027",
                "startDate must include a day and year",
                "milestones[1].dueDate must be a real date, such as 31 3 2027");
        assertThat(form.formPath("milestones[0].dueDate")).isEqualTo("milestones[1].dueDate");
        assertThat(form.body().at("/milestones/0/dueDate").toString())
                .isEqualTo("{\"day\":\"31\",\"month\":\"2\",\"year\":\"2027\"}");
        JsonNode checked = form.bodyWithoutBadDates();
        assertThat(checked.has("startDate")).isFalse();
        assertThat(checked.at("/milestones/0").toString()).isEqualTo("{\"title\":\"Second\"}");
        assertThat(form.body().has("startDate")).as("the body itself keeps what was typed").isTrue();
    }

    private static FormToJson.Result convert(Set<String> rowKeys, String... namesAndValues) {
        Map<String, String[]> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return FormToJson.convert(params, rowKeys);
    }
}
