package org.socialcare.supervision.session;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialcare.supervision.common.Downloads;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervision file over HTTP: the signed record as PDF, the booked schedule as iCalendar, a
 * person's records and a child's case discussions. Readable by the person, their supervisor and
 * the managers above (seed 001, "Confidentiality"); anyone else is refused.
 */
@RestController
@RequestMapping("/api")
class SupervisionFileController {

  private final CurrentUser currentUser;
  private final LineManagement lineManagement;
  private final SessionRecording recording;
  private final RecordPdf pdf;
  private final ScheduleCalendar calendar;
  private final SessionSchedule schedule;
  private final ChildCaseRepository cases;

  SupervisionFileController(CurrentUser currentUser, LineManagement lineManagement, SessionRecording recording,
      RecordPdf pdf, ScheduleCalendar calendar, SessionSchedule schedule, ChildCaseRepository cases) {
    this.currentUser = currentUser;
    this.lineManagement = lineManagement;
    this.recording = recording;
    this.pdf = pdf;
    this.calendar = calendar;
    this.schedule = schedule;
    this.cases = cases;
  }

  @GetMapping("/records/{recordId}/pdf")
  ResponseEntity<byte[]> recordPdf(@PathVariable Long recordId, HttpServletRequest request) {
    SupervisionRecord record = visible(request, () -> recording.record(recordId), SupervisionRecord::getSuperviseeId);
    return Downloads.attachment(pdf.render(recordId), MediaType.APPLICATION_PDF,
        "supervision-record-" + record.getSuperviseeId() + "-" + record.getHeldOn() + ".pdf");
  }

  @GetMapping("/supervisees/{userId}/schedule.ics")
  ResponseEntity<byte[]> schedule(@PathVariable String userId, HttpServletRequest request) {
    requireReader(request, userId);
    return Downloads.attachment(calendar.icsFor(userId).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        MediaType.parseMediaType(ScheduleCalendar.CONTENT_TYPE), "supervision-schedule-" + userId + ".ics");
  }

  @GetMapping("/supervisees/{userId}/records")
  List<Map<String, Object>> records(@PathVariable String userId, HttpServletRequest request) {
    requireReader(request, userId);
    return recording.recordsOf(userId).stream().map(record -> Map.<String, Object>of(
        "id", record.getId(),
        "heldOn", record.getHeldOn().toString(),
        "supervisor", lineManagement.nameOf(record.getSupervisorId()),
        "status", record.getStatus().name(),
        "pdf", "/api/records/" + record.getId() + "/pdf")).toList();
  }

  @GetMapping("/supervisees/{userId}/sessions")
  List<Map<String, Object>> sessions(@PathVariable String userId, HttpServletRequest request) {
    requireReader(request, userId);
    return schedule.scheduleOf(userId).stream().map(session -> Map.<String, Object>of(
        "id", session.getId(),
        "scheduledAt", session.getScheduledAt().toString(),
        "kind", session.getKind().name(),
        "status", session.getStatus().name())).toList();
  }

  /** A child's case discussions: for those entitled to read about the allocated worker. */
  @GetMapping("/cases/{reference}/discussions")
  List<Map<String, Object>> caseDiscussions(@PathVariable String reference, HttpServletRequest request) {
    ChildCase child = visible(request, () -> cases.findById(reference).orElse(null), ChildCase::getAllocatedWorkerId);
    return recording.discussionsOfCase(child.getReference()).stream().map(discussion -> Map.<String, Object>of(
        "discussedOn", discussion.getDiscussedOn().toString(),
        "source", discussion.getSource().name(),
        "recordedBy", lineManagement.nameOf(discussion.getRecordedBy()),
        "currentSituation", discussion.getCurrentSituation(),
        "reflection", discussion.getReflection(),
        "analysis", discussion.getAnalysis(),
        "actions", discussion.getActions())).toList();
  }

  private <T> T visible(HttpServletRequest request, java.util.function.Supplier<T> find,
      java.util.function.Function<T, String> subject) {
    String reader = authenticated(request);
    T found;
    try {
      found = find.get();
    } catch (IllegalArgumentException e) {
      found = null;
    }
    // Not found and not yours answer the same, so that ids cannot be probed.
    if (found == null || !entitled(reader, subject.apply(found))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return found;
  }

  private void requireReader(HttpServletRequest request, String subject) {
    if (!entitled(authenticated(request), subject)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private boolean entitled(String reader, String subject) {
    if (subject == null || lineManagement.find(subject).isEmpty()) {
      return false;
    }
    Set<String> readers = lineManagement.entitledReadersAbout(subject);
    return readers.contains(reader);
  }

  private String authenticated(HttpServletRequest request) {
    return currentUser.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }
}
