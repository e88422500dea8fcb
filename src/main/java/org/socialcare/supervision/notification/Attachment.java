package org.socialcare.supervision.notification;

/** A file sent with a notification: the signed record as PDF, the schedule as iCalendar. */
public record Attachment(String filename, String contentType, byte[] content) {
}
