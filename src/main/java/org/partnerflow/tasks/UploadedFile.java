package org.partnerflow.tasks;

/** A file sent with a task (evidence), as received: name, declared type and content. */
public record UploadedFile(String fileName, String contentType, byte[] content) {

    public long size() {
        return content.length;
    }
}
