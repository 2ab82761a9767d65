package org.partnerflow.tasks.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerflow.shared.DomainRuleViolation;
import org.partnerflow.tasks.UploadedFile;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** The file a task page's form sent (field {@code file}), and the typed values to keep after an upload. */
final class TaskFiles {

    private TaskFiles() {
    }

    /** The chosen file, or null when the form is not multipart or no file was chosen; too large is field file's 400. */
    static UploadedFile chosen(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return null;
        }
        MultipartFile file;
        try {
            file = multipart.getFile("file");
        } catch (MaxUploadSizeExceededException tooLarge) {
            // The words the API's problem detail uses for the same refusal.
            throw new DomainRuleViolation("file", "must be at most " + (tooLarge.getMaxUploadSize() > 0
                    ? tooLarge.getMaxUploadSize() / (1024 * 1024) + " MB" : "the upload limit"));
        }
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        try {
            return new UploadedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form's values as they were typed (the CSRF token left out), to fill the page in again. */
    static Map<String, String> kept(Map<String, String[]> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!name.equals("_csrf") && values.length > 0) {
                kept.put(name, values[0]);
            }
        });
        return kept;
    }
}
