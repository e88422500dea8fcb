package org.socialcare.supervision.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialcare.supervision.audit.SupervisionFile.PersonalInformationSheet;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The supervision file's personal details and certification, appraisal date and CPD log over HTTP
 * (Appendix 6), kept by the person and their supervisor. Who may read what is decided by
 * {@link SupervisionFiles}; a reader who may not know of the file gets 404, as for a file that does
 * not exist, and a reader who may not change it gets 403. A submission breaking a rule gets 400
 * naming each field.
 */
@RestController
@RequestMapping("/api/staff/{userId}")
class SupervisionFileItemsController {

  private final CurrentUser currentUser;
  private final SupervisionFiles files;
  private final LineManagement lineManagement;

  SupervisionFileItemsController(CurrentUser currentUser, SupervisionFiles files, LineManagement lineManagement) {
    this.currentUser = currentUser;
    this.files = files;
    this.lineManagement = lineManagement;
  }

  @GetMapping("/supervision-file")
  Map<String, Object> file(@PathVariable String userId, HttpServletRequest request) {
    return describe(userId, files.read(caller(request), userId).orElse(null));
  }

  @PutMapping("/supervision-file")
  Map<String, Object> updateFile(@PathVariable String userId, @RequestBody Map<String, Object> items,
      HttpServletRequest request) {
    return describe(userId, files.updateCertification(caller(request), userId, items));
  }

  @GetMapping("/personal-information-sheet")
  PersonalInformationSheet personalSheet(@PathVariable String userId, HttpServletRequest request) {
    return files.readPersonalSheet(caller(request), userId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PutMapping("/personal-information-sheet")
  PersonalInformationSheet updatePersonalSheet(@PathVariable String userId, @RequestBody Map<String, Object> sheet,
      HttpServletRequest request) {
    return files.updatePersonalSheet(caller(request), userId, sheet).personalSheet();
  }

  @GetMapping("/cpd-log")
  List<Map<String, Object>> cpdLog(@PathVariable String userId, HttpServletRequest request) {
    return files.readCpdLog(caller(request), userId).stream().map(this::describe).toList();
  }

  @PostMapping("/cpd-log")
  ResponseEntity<Map<String, Object>> addCpdEntry(@PathVariable String userId, @RequestBody Map<String, Object> entry,
      HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.CREATED).body(describe(files.addCpdEntry(caller(request), userId, entry)));
  }

  @ExceptionHandler(SupervisionFiles.NotPermittedException.class)
  ResponseEntity<Void> notPermitted(SupervisionFiles.NotPermittedException e) {
    return ResponseEntity.status(e.isVisible() ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND).build();
  }

  @ExceptionHandler(SubmissionRejectedException.class)
  ResponseEntity<Map<String, Object>> rejected(SubmissionRejectedException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "SubmissionRejected");
    body.put("message", e.getMessage());
    body.put("fieldErrors", e.fieldErrors());
    return ResponseEntity.badRequest().body(body);
  }

  private Map<String, Object> describe(String userId, SupervisionFile file) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("person", lineManagement.nameOf(userId));
    body.put("hcpcNumber", file == null ? null : file.getHcpcNumber());
    body.put("hcpcRegisteredOn", text(file == null ? null : file.getHcpcRegisteredOn()));
    body.put("dbsCheckedOn", text(file == null ? null : file.getDbsCheckedOn()));
    body.put("insuranceSeenOn", text(file == null ? null : file.getInsuranceSeenOn()));
    body.put("appraisalOn", text(file == null ? null : file.getAppraisalOn()));
    // Only whether the sheet is there: its content is for the person, the supervisor and HR.
    body.put("personalInformationSheet", file != null && file.hasPersonalSheet());
    return body;
  }

  private Map<String, Object> describe(CpdLogEntry entry) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", entry.getId());
    body.put("learnedOn", entry.getLearnedOn().toString());
    body.put("activity", entry.getActivity());
    body.put("learning", entry.getLearning());
    body.put("recordedBy", lineManagement.nameOf(entry.getRecordedBy()));
    return body;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private String caller(HttpServletRequest request) {
    return currentUser.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }
}
