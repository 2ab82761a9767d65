package org.partnerflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnerflow.shared.Notification;
import org.partnerflow.shared.Notifier;
import org.partnerflow.support.Api;
import org.partnerflow.support.MailAppTest;
import org.partnerflow.support.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through the outbox to a real SMTP server (GreenMail): a panel decision queues its message in its own
 * transaction and the sender delivers it; a mail server that is down neither undoes the decision nor loses the
 * message; a repeated key is queued once; the public's requester gets the programme manager's reply.
 */
@MailAppTest
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    @LocalServerPort int port;
    @Autowired OutboxSender sender;
    @Autowired Notifier notifier;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    /** Sends what the demo data and earlier tests left queued, so each test sees only its own messages. */
    @BeforeEach
    void emptyOutbox() throws Exception {
        while (sender.sendDue() > 0) {
            // every due message is taken once per call; repeat until none is left
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void anApprovalQueuesTheOfferInItsOwnTransactionAndTheSenderDeliversIt() throws Exception {
        ProposalFixture proposal = ProposalFixture.assessed(port);
        proposal.decide(Map.of("decision", "APPROVE", "amountAwarded", "300000.00",
                "conditions", "Report quarterly to the programme board.", "reasons", "A strong partnership."));
        assertThat(proposal.status()).isEqualTo("OFFERED");

        Map<String, Object> row = row(proposal.partnerEmail(), "award-" + proposal.awardId() + "-offer");
        assertThat(row.get("status")).isEqualTo("QUEUED");
        assertThat(row.get("template")).isEqualTo("offer-made");
        assertThat(smtp.getReceivedMessages()).isEmpty(); // queued, not sent, until the sender runs

        sender.sendDue();

        MimeMessage mail = only(proposal.partnerEmail());
        assertThat(mail.getSubject()).isEqualTo("Offer of a grant for " + proposal.reference());
        assertThat(mail.getFrom()[0].toString()).isEqualTo("partnerflow@partnerflow.test");
        String text = textPart(mail);
        assertThat(text).contains("offers a grant of £300,000.00", "1. £100,000.00", "3. £100,000.00",
                "Report quarterly to the programme board.", "A strong partnership.");
        assertThat(htmlPart(mail)).contains("<strong>£300,000.00</strong>");
        assertThat(row(proposal.partnerEmail(), "award-" + proposal.awardId() + "-offer"))
                .containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void aMailServerThatIsDownNeitherUndoesTheDecisionNorLosesTheMessage() throws Exception {
        ProposalFixture proposal = ProposalFixture.assessed(port);
        smtp.stop();
        proposal.decide(Map.of("decision", "REJECT", "reasons", "Outside the programme's priorities."));
        assertThat(proposal.status()).isEqualTo("REJECTED"); // committed with its message, whatever the mail server
        String key = "award-" + proposal.awardId() + "-round-1-rejected";

        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        sender.sendDue(now);
        Map<String, Object> failed = row(proposal.partnerEmail(), key);
        assertThat(failed).containsEntry("status", "QUEUED").containsEntry("attempts", 1);
        assertThat((String) failed.get("last_error")).contains("MailSendException");
        assertThat(nextAttempt(failed)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        sender.sendDue(now.plusSeconds(30)); // not due yet: no attempt
        assertThat(row(proposal.partnerEmail(), key)).containsEntry("attempts", 1);

        smtp.start();
        sender.sendDue(now.plus(Duration.ofMinutes(1)));
        MimeMessage mail = only(proposal.partnerEmail());
        assertThat(mail.getSubject()).isEqualTo("Decision on the proposal for " + proposal.reference());
        assertThat(textPart(mail)).contains("decided not to fund", "Outside the programme's priorities.");
        assertThat(row(proposal.partnerEmail(), key)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void aMessageThatKeepsFailingBacksOffThenFailsAndAnOperatorCanRequeueIt() throws Exception {
        String to = "backoff-" + UUID.randomUUID() + "@example.org";
        String key = "test-" + UUID.randomUUID();
        tx.executeWithoutResult(s -> notifier.send(new Notification(Notification.mailto(to), "Backoff", "Text", key)));
        smtp.stop();

        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2));
        for (int attempt = 1; attempt <= 4; attempt++) {
            sender.sendDue(at);
            Map<String, Object> row = row(to, key + "|" + to);
            assertThat(row).containsEntry("status", "QUEUED").containsEntry("attempts", attempt);
            assertThat(nextAttempt(row)).isEqualTo(at.plus(waits.get(attempt - 1)));
            at = nextAttempt(row);
        }
        sender.sendDue(at);
        assertThat(row(to, key + "|" + to)).containsEntry("status", "FAILED").containsEntry("attempts", 5);
        sender.sendDue(at.plus(Duration.ofDays(1)));
        assertThat(row(to, key + "|" + to)).containsEntry("attempts", 5); // FAILED is never tried again by itself

        // docs/operations.md: put FAILED messages back in the queue once the mail server works again
        smtp.start();
        int requeued = jdbc.update("update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = ?"
                + " where status = 'FAILED' and recipient = ?", OffsetDateTime.now(), to);
        assertThat(requeued).isEqualTo(1);
        sender.sendDue(Instant.now().plusSeconds(1));
        assertThat(only(to).getSubject()).isEqualTo("Backoff");
        assertThat(row(to, key + "|" + to)).containsEntry("status", "SENT");
    }

    @Test
    void aRepeatedKeyIsQueuedOnceAndARolledBackChangeQueuesNothing() throws Exception {
        String to = "repeat-" + UUID.randomUUID() + "@example.org";
        String key = "test-" + UUID.randomUUID();
        Notification message = new Notification(Notification.mailto(to), "Once", "Only once", key);
        tx.executeWithoutResult(s -> {
            notifier.send(message);
            notifier.send(message);
        });
        // a job that queued the message, committed, and runs again (a retried timer or continuation)
        tx.executeWithoutResult(s -> notifier.send(message));
        assertThat(count(to)).isEqualTo(1);

        String lost = "rolled-back-" + UUID.randomUUID() + "@example.org";
        tx.executeWithoutResult(s -> {
            notifier.send(new Notification(Notification.mailto(lost), "Never", "Never", "test-" + UUID.randomUUID()));
            s.setRollbackOnly(); // the change that caused it was refused: no message without the change
        });
        assertThat(count(lost)).isZero();
        assertThatThrownBy(() -> notifier.send(message)).isInstanceOf(IllegalTransactionStateException.class);

        sender.sendDue();
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsOnlyOnce(to).doesNotContain(lost);
    }

    @Test
    void thePublicRequesterGetsTheProgrammeManagersReplyWithItsHtmlEscaped() throws Exception {
        String requester = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Api.Response asked = Api.anonymous(port).post("/api/v1/case-studies/greenwich/update-requests", Map.of(
                "name", "Sam <b>Resident</b>", "email", requester, "message", "The hub moved to the library."));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        Long updateId = jdbc.queryForObject("select u.id from case_study_update u join case_study_update_request r"
                + " on r.id = u.update_request_id where r.email = ?", Long.class, requester);
        Api manager = Api.demo(port, "manager");
        String task = null;
        for (var item : manager.get("/api/v1/tasks?taskDefinitionKey=triageUpdateRequest").json()) {
            if (String.valueOf(updateId).equals(item.get("businessKey").asText())) {
                task = item.get("id").asText();
            }
        }
        assertThat(task).as("the triage task of update " + updateId).isNotNull();
        String reply = "Thanks! We'll keep it as it is <script>alert('x')</script> & check next year.";
        Api.Response done = manager.post("/api/v1/tasks/" + task + "/complete",
                Map.of("decision", "DECLINE", "reply", reply));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        sender.sendDue();
        MimeMessage mail = only(requester);
        assertThat(mail.getSubject()).startsWith("About your suggestion for ");
        assertThat(textPart(mail)).contains("Dear Sam <b>Resident</b>,", "decided not to change", reply,
                "The hub moved to the library.");
        String html = htmlPart(mail);
        assertThat(html).contains("Sam &lt;b&gt;Resident&lt;/b&gt;",
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; check next year.")
                .doesNotContain("<script>", "<b>Resident");
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Map<String, Object> row(String recipient, String dedupKeyPrefix) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from mail_outbox where recipient = ?"
                + " and dedup_key like ?", recipient, dedupKeyPrefix + "%");
        assertThat(rows).as("outbox rows for " + recipient + " " + dedupKeyPrefix).hasSize(1);
        Map<String, Object> row = new java.util.HashMap<>();
        rows.get(0).forEach((k, v) -> row.put(k.toLowerCase(), v));
        return row;
    }

    private int count(String recipient) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, recipient);
    }

    private static Instant nextAttempt(Map<String, Object> row) {
        Object value = row.get("next_attempt_at");
        return value instanceof OffsetDateTime odt ? odt.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private MimeMessage only(String recipient) throws Exception {
        List<MimeMessage> to = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(to).as("messages to " + recipient).hasSize(1);
        return to.get(0);
    }

    private static String textPart(MimeMessage mail) throws Exception {
        return part(mail.getContent(), "text/plain");
    }

    private static String htmlPart(MimeMessage mail) throws Exception {
        return part(mail.getContent(), "text/html");
    }

    private static String part(Object content, String type) throws Exception {
        if (content instanceof String text) {
            return type.equals("text/plain") ? text : null;
        }
        MimeMultipart multipart = (MimeMultipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            var body = multipart.getBodyPart(i);
            if (body.isMimeType(type)) {
                return (String) body.getContent();
            }
            if (body.isMimeType("multipart/*")) {
                String found = part(body.getContent(), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

}
