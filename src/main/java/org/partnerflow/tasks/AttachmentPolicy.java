package org.partnerflow.tasks;

import java.util.Locale;
import java.util.Map;
import org.partnerflow.shared.DomainRuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which files a task accepts: common office, PDF, image and text types up to a size limit. The extension, the
 * declared type and the first bytes must agree, so a renamed executable is not taken for a PDF.
 */
@ConfigurationProperties("partnerflow.tasks.attachments")
public record AttachmentPolicy(@DefaultValue("10485760") long maxBytes) {

    /** Extension to its content type and the bytes a file of that type starts with (null: plain text, any start). */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F'})),
            Map.entry("png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})),
            Map.entry("jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.ZIP)),
            Map.entry("pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", Kind.ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", Kind.ZIP)),
            Map.entry("csv", new Kind("text/csv", null)),
            Map.entry("txt", new Kind("text/plain", null)));

    /** Refuses a file (field {@code file}) that is empty, too large, or not of an accepted type. */
    public void check(UploadedFile file) {
        DomainRuleViolation.Collector errors = new DomainRuleViolation.Collector();
        errors.check(file.size() > 0, "file", "must not be empty");
        errors.check(file.size() <= maxBytes, "file", "must be at most " + maxBytes / (1024 * 1024) + " MB");
        String name = file.fileName() == null ? "" : file.fileName();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        Kind kind = KINDS.get(extension);
        errors.check(kind != null, "file", "must be one of these types: " + String.join(", ",
                KINDS.keySet().stream().sorted().toList()));
        if (kind != null && file.size() > 0) {
            String declared = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
            errors.check(declared.startsWith(kind.contentType()) || declared.equals("application/octet-stream"), "file",
                    "is named ." + extension + " but was sent as " + declared);
            errors.check(kind.startsWithMagic(file.content()), "file", "does not look like a ." + extension + " file");
        }
        errors.throwIfAny();
    }

    /** The content type an accepted file is stored and served with. */
    public String contentTypeOf(String fileName) {
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return KINDS.get(extension).contentType();
    }

    private record Kind(String contentType, byte[] magic) {
        static final byte[] ZIP = {'P', 'K', 3, 4};

        boolean startsWithMagic(byte[] content) {
            if (magic == null) {
                return true;
            }
            if (content.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (content[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
