package org.socialcare.supervision.leaver;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.socialcare.supervision.common.Downloads;
import org.socialcare.supervision.security.CurrentUser;
import org.socialcare.supervision.security.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A leaver's archive over HTTP, for HR only (seed 001: "archived by HR"): the index as CSV and each
 * archived record as PDF. Anyone else, and an archive that does not exist or was deleted, is
 * answered 404 alike, so that ids cannot be probed.
 */
@RestController
@RequestMapping("/api/archives")
class ArchiveController {

  static final String CSV = "text/csv";

  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final LeavingService leaving;

  ArchiveController(CurrentUser currentUser, IdentityService identityService, LeavingService leaving) {
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.leaving = leaving;
  }

  @GetMapping("/{userId}/index.csv")
  ResponseEntity<byte[]> index(@PathVariable String userId, HttpServletRequest request) {
    LeaverArchive archive = held(request, userId);
    return Downloads.attachment(leaving.indexCsv(archive).getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType(CSV),
        "archive-" + userId + ".csv");
  }

  @GetMapping("/{userId}/items/{itemId}")
  ResponseEntity<byte[]> item(@PathVariable String userId, @PathVariable Long itemId, HttpServletRequest request) {
    LeaverArchive archive = held(request, userId);
    ArchiveItem item = leaving.itemsOf(archive.getId()).stream().filter(i -> i.getId().equals(itemId)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return Downloads.attachment(item.getContent(), MediaType.parseMediaType(item.getContentType()), item.getFileName());
  }

  private LeaverArchive held(HttpServletRequest request, String userId) {
    String reader = currentUser.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    if (identityService.createGroupQuery().groupMember(reader).groupId(Groups.HR).count() == 0) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return leaving.heldArchiveOf(userId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
