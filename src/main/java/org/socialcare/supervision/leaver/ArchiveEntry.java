package org.socialcare.supervision.leaver;

import java.time.LocalDate;

/**
 * One record an {@link ArchiveContributor} hands to a leaver's archive.
 *
 * @param sourceId the record's id in its feature's table
 * @param role how the leaver is in it: {@link #SUBJECT} (written for them) or {@link #AUTHOR}
 *     (written by them about someone else), or a role of the feature's own (a group's facilitator)
 * @param title what HR sees in the index
 * @param recordedOn the record's date, when it has one
 * @param fileName the PDF's name in the archive
 * @param pdf the record as a PDF
 */
public record ArchiveEntry(String sourceId, String role, String title, LocalDate recordedOn, String fileName,
    byte[] pdf) {

  public static final String PDF = "application/pdf";
  public static final String SUBJECT = "subject";
  public static final String AUTHOR = "author";

  /** {@link #SUBJECT} when the record is about the leaver, else {@link #AUTHOR}. */
  public static String roleOf(String leaverId, String subjectId) {
    return leaverId.equals(subjectId) ? SUBJECT : AUTHOR;
  }
}
