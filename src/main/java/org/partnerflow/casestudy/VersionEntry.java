package org.partnerflow.casestudy;

import java.time.LocalDate;

/** A line of a case study's version history, for staff. */
public record VersionEntry(int version, LocalDate publishedOn, String publishedBy) {
}
