package org.partnerflow.tasks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.partnerflow.shared.DomainRuleViolation;

class AttachmentPolicyTest {

    private final AttachmentPolicy policy = new AttachmentPolicy(1024);

    @Test
    void officePdfImageAndTextFilesWithTheirOwnBytesAreAccepted() {
        assertThatCode(() -> policy.check(file("a.pdf", "application/pdf", "%PDF-1.7"))).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(file("b.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004rest")))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.check(file("c.csv", "text/csv", "a,b\n1,2"))).doesNotThrowAnyException();
    }

    @Test
    void aRefusedTypeARenamedFileAndAnOversizedFileAreRefusedOnTheFileField() {
        assertRefused(file("tool.exe", "application/octet-stream", "MZ"), "must be one of these types");
        assertRefused(file("fake.pdf", "application/pdf", "MZ not a pdf"), "does not look like a .pdf file");
        assertRefused(file("a.pdf", "image/png", "%PDF"), "sent as image/png");
        assertRefused(new UploadedFile("big.txt", "text/plain", new byte[2048]), "at most");
        assertRefused(new UploadedFile("empty.txt", "text/plain", new byte[0]), "must not be empty");
    }

    private void assertRefused(UploadedFile file, String rule) {
        assertThatThrownBy(() -> policy.check(file)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.errors())
                        .anyMatch(r -> r.field().equals("file") && r.message().contains(rule)));
    }

    private static UploadedFile file(String name, String type, String content) {
        return new UploadedFile(name, type, content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
