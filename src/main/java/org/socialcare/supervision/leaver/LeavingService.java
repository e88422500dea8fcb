package org.socialcare.supervision.leaver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialcare.supervision.common.SpreadsheetCells;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.leaver.LeaverArchivingProcess.Var;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.OrganisationService;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaving and the archive HR holds (seed 001, 5: "If the supervisee leaves the directorate, all
 * supervision records, including supervisee's copies, should be sent to HR as they remain the
 * property of the Directorate"; "Upon leaving ... the supervision record will be archived by HR").
 * HR or the line manager records the leaving date; on that date every record written by or for the
 * person is gathered from the {@link ArchiveContributor}s; HR checks and accepts it (or rejects it
 * with a reason, and it is gathered again), keeps it for the retention period, then confirms deletion.
 */
@Service
@Transactional
public class LeavingService {

  private final LeaverArchiveRepository archives;
  private final ArchiveItemRepository items;
  private final List<ArchiveContributor> contributors;
  private final LineManagement lineManagement;
  private final OrganisationService organisationService;
  private final NotificationService notifications;
  private final Clock clock;

  LeavingService(LeaverArchiveRepository archives, ArchiveItemRepository items, List<ArchiveContributor> contributors,
      LineManagement lineManagement, OrganisationService organisationService, NotificationService notifications,
      Clock clock) {
    this.archives = archives;
    this.items = items;
    this.contributors = contributors;
    this.lineManagement = lineManagement;
    this.organisationService = organisationService;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** HR or the person's line manager records the leaving date: a current member of staff, a date from today on. */
  public LeaverArchive recordLeaving(String recordedBy, Object leaverField, Object leavingDateField,
      String processInstanceId) {
    FieldErrors errors = new FieldErrors();
    String leaverId = errors.requireText(Var.LEAVER_ID, "Leaver (user id)", leaverField);
    LocalDate leavingDate = FormValues.date(errors, Var.LEAVING_DATE, "Leaving date", leavingDateField);
    if (leaverId != null) {
      StaffMember leaver = lineManagement.find(leaverId).filter(StaffMember::isActive).orElse(null);
      if (leaver == null) {
        errors.reject(Var.LEAVER_ID, "'" + leaverId + "' is not a current member of staff");
      } else if (!isHr(recordedBy) && (recordedBy == null || !recordedBy.equals(leaver.getLineManagerId()))) {
        errors.reject(Var.LEAVER_ID, "Only HR or " + leaver.fullName() + "'s line manager may record their leaving");
      } else if (!archives.findByUserIdAndStatusIn(leaverId, List.of(ArchiveStatus.AWAITING_LEAVING_DATE,
          ArchiveStatus.GATHERED)).isEmpty()) {
        errors.reject(Var.LEAVER_ID, leaver.fullName() + "'s leaving is already recorded");
      }
    }
    if (leavingDate != null && leavingDate.isBefore(today())) {
      errors.reject(Var.LEAVING_DATE, "Leaving date may not be in the past");
    }
    errors.throwIfAny();
    return archives.save(new LeaverArchive(leaverId, leavingDate, recordedBy, now(), processInstanceId));
  }

  public void workEnded(Long archiveId, int processesEnded, int tasksReassigned) {
    archive(archiveId).workEnded(processesEnded, tasksReassigned);
  }

  /**
   * Gathers (again) every record written by or for the leaver: what an earlier gathering stored is
   * replaced, so a rejected archive is complete when gathered again.
   *
   * @return how many records of each kind, in the contributors' order, none left out
   */
  public Map<String, Integer> gather(Long archiveId) {
    LeaverArchive archive = archive(archiveId);
    items.deleteByArchiveId(archiveId);
    items.flush();
    Map<String, Integer> counts = new LinkedHashMap<>();
    LocalDateTime now = now();
    for (ArchiveContributor contributor : contributors) {
      List<ArchiveEntry> entries = contributor.entriesAbout(archive.getUserId());
      entries.forEach(entry -> items.save(new ArchiveItem(archiveId, contributor.kind(), entry, now)));
      counts.merge(contributor.kind(), entries.size(), Integer::sum);
    }
    archive.gathered(now);
    return counts;
  }

  /** The counts as HR's check form shows them: one line per kind. */
  public static String describe(Map<String, Integer> counts) {
    StringBuilder text = new StringBuilder();
    counts.forEach((kind, count) -> text.append(kind).append(": ").append(count).append('\n'));
    return text.toString().trim();
  }

  /**
   * HR's check of the gathered archive: accepted, or rejected with a reason (the line manager is told,
   * and the archive is gathered again).
   *
   * @return true when accepted
   */
  public boolean check(Long archiveId, Object decision, Object reasonField, String checkedBy) {
    LeaverArchive archive = archive(archiveId);
    FieldErrors errors = new FieldErrors();
    if (!LeaverArchivingProcess.ACCEPT.equals(decision) && !LeaverArchivingProcess.REJECT.equals(decision)) {
      errors.reject(Var.ARCHIVE_DECISION, "Accept the archive or reject it");
    }
    String reason = null;
    if (LeaverArchivingProcess.REJECT.equals(decision)) {
      reason = errors.requireText(Var.REJECTION_REASON, "What is wrong or missing", reasonField);
    }
    errors.throwIfAny();
    if (reason != null) {
      archive.rejected(reason);
      String lineManager = lineManagement.lineManagerOf(archive.getUserId());
      if (lineManager != null) {
        notifications.notify(lineManager, "HR returned the archive of " + lineManagement.nameOf(archive.getUserId()),
            "HR found the archived supervision file incomplete: " + reason + ". Please make sure every record"
                + " is in the application; the archive is gathered again for HR to check.");
      }
      return false;
    }
    archive.accepted(checkedBy, now());
    return true;
  }

  /** Accepted: the person has left the organisation (their file is HR's from now on). */
  public void left(Long archiveId) {
    organisationService.recordLeft(archive(archiveId).getUserId());
  }

  /**
   * HR's decision at the end of the retention period: delete the archive, or keep it for another
   * period with a reason.
   *
   * @return true when the archive is to be deleted
   */
  public boolean decideDeletion(Long archiveId, Object decision, Object reasonField) {
    LeaverArchive archive = archive(archiveId);
    FieldErrors errors = new FieldErrors();
    if (!LeaverArchivingProcess.DELETE.equals(decision) && !LeaverArchivingProcess.KEEP.equals(decision)) {
      errors.reject(Var.DELETION_DECISION, "Delete the archive or keep it for another retention period");
    }
    String reason = null;
    if (LeaverArchivingProcess.KEEP.equals(decision)) {
      reason = errors.requireText(Var.KEPT_REASON, "Why it is kept", reasonField);
    }
    errors.throwIfAny();
    if (reason != null) {
      archive.kept(reason);
      return false;
    }
    return true;
  }

  /** Deletes the archived records; the archive row records who deleted how many and when. */
  public int delete(Long archiveId, String deletedBy) {
    LeaverArchive archive = archive(archiveId);
    int deleted = (int) items.deleteByArchiveId(archiveId);
    archive.deleted(deletedBy, now(), deleted);
    return deleted;
  }

  @Transactional(readOnly = true)
  public LeaverArchive archive(Long archiveId) {
    return archives.findById(archiveId).orElseThrow(() -> new IllegalArgumentException("No archive " + archiveId));
  }

  /** The person's archive while HR holds it: gathered or accepted, not yet deleted. */
  @Transactional(readOnly = true)
  public Optional<LeaverArchive> heldArchiveOf(String userId) {
    return archives.findFirstByUserIdOrderByIdDesc(userId).filter(LeaverArchive::isOpenToHr);
  }

  @Transactional(readOnly = true)
  public List<ArchiveItem> itemsOf(Long archiveId) {
    return items.findByArchiveIdOrderById(archiveId);
  }

  /** The machine-readable index of an archive: one CSV row per record, with where to download its PDF. */
  @Transactional(readOnly = true)
  public String indexCsv(LeaverArchive archive) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader("item_id", "kind", "role", "source_id", "title",
        "recorded_on", "file_name", "download").get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (ArchiveItem item : itemsOf(archive.getId())) {
        printer.printRecord(SpreadsheetCells.row(item.getId(), item.getKind(), item.getRole(), item.getSourceId(),
            item.getTitle(), item.getRecordedOn(), item.getFileName(),
            "/api/archives/" + archive.getUserId() + "/items/" + item.getId()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private boolean isHr(String userId) {
    return lineManagement.find(userId).map(member -> member.getPosition() == Position.HR_OFFICER).orElse(false);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
