package org.partnerflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.Formats;
import org.partnerflow.support.Bundles;
import org.partnerflow.support.PlainWords;

/** Audit events read as sentences about people (or Partnerflow), with their values in words, never in codes. */
class AuditLinesTest {

    final AuditLines lines = new AuditLines(new Formats(Bundles.messages(), List.of("en-GB")));
    final Map<String, String> names = Map.of("priya", "Priya Shah", "funder", "Frankie Funder");

    @Test
    void aPersonsActionIsASentenceWithTheirName() {
        AuditLines.Line line = line("PROPOSAL_SUBMITTED", "priya", Map.of("status", change("PROPOSED", "UNDER_ASSESSMENT")));
        assertThat(line.who()).isEqualTo("Priya Shah");
        assertThat(line.sentence()).isEqualTo("Priya Shah sent the proposal");
        assertThat(line.details()).containsExactly("Status: Proposed → Under assessment");
    }

    @Test
    void aStepTheEngineTookIsPartnerflowsWhoeverSetItOff() {
        AuditLines.Line checked = line("ELIGIBILITY_CHECKED", "priya", Map.of());
        assertThat(checked.who()).isEqualTo("Partnerflow");
        assertThat(checked.sentence()).isEqualTo("Partnerflow checked the proposal's eligibility automatically");
        assertThat(line("TRANCHE_RELEASED", "funder", Map.of()).sentence())
                .isEqualTo("Partnerflow released the tranche automatically");
        assertThat(line("DECIDED", "system", Map.of()).who()).as("a timer's change").isEqualTo("Partnerflow");
    }

    @Test
    void valuesReadAsWords() {
        Map<String, AuditEntry.Change> changes = new LinkedHashMap<>();
        changes.put("task", change(null, "submitProposal"));
        changes.put("dueDate", change("2027-03-31", "2027-06-30"));
        changes.put("roles", change("[PARTNER]", "[PROGRAMME_MANAGER, FUNDER]"));
        changes.put("trancheAmount", change("150000.00", "100000.5"));
        changes.put("reason", change(null, "Moved from 2027-03-31 while SUSPENDED_FOR_NOW"));
        AuditLines.Line line = line("TASK_COMPLETED", "priya", changes);
        assertThat(line.details()).containsExactly("Task: Submit proposal", "Due date: 31 March 2027 → 30 June 2027",
                "Roles: [Partner] → [Programme manager, Funder]", "Tranche amount: £150,000.00 → £100,000.50",
                "Reason: Moved from 31 March 2027 while Suspended for now");
        assertThat(line.sentence()).isEqualTo("Priya Shah completed the task");
    }

    @Test
    void anActionWithoutASentenceYetShowsItsSummaryInWords() {
        AuditLines.Line line = line("SOMETHING_NEW", "priya", Map.of("status", change("OFFERED", null)));
        assertThat(line.sentence()).isEqualTo("Priya Shah: Award active from 1 April 2026 to 31 March 2029");
        assertThat(line.details()).containsExactly("Status: Offered → none");
        assertThat(line.moneyLabel()).isEqualTo("Amount awarded");
        PlainWords words = PlainWords.ofThisApplication();
        assertThat(words.inText(line.sentence() + " " + line.details() + " " + line.moneyLabel())).isEmpty();
    }

    private AuditLines.Line line(String action, String actor, Map<String, AuditEntry.Change> changes) {
        AuditEventView event = new AuditEventView(1, Instant.parse("2027-01-01T10:00:00Z"), actor, 1L, 2L,
                AuditSubject.AWARD, "1", action, "Award active from 2026-04-01 to 2029-03-31", "amountAwarded",
                null, new BigDecimal("300000.00"), changes);
        return lines.of(List.of(event), names::get).get(0);
    }

    private static AuditEntry.Change change(String before, String after) {
        return new AuditEntry.Change(before, after);
    }
}
