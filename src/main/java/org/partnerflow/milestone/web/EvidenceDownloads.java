package org.partnerflow.milestone.web;

import org.partnerflow.milestone.EvidenceFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One evidence file as the API and the pages send it: always as an attachment under its stored (already safe) name,
 * never sniffed into something the browser would run or show inline.
 */
final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    static ResponseEntity<byte[]> response(EvidenceFiles.Download file) {
        return ResponseEntity.ok()
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
