package org.socialcare.supervision.audit;

import java.util.List;
import org.socialcare.supervision.leaver.ArchiveContributor;
import org.socialcare.supervision.leaver.ArchiveEntry;
import org.socialcare.supervision.leaver.ArchivePdf;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A leaver's audits and CPD learning log go into their archive with the rest of the file (issue 6:
 * "audit and learning log entry"): the audits of their file, and those they carried out or whose
 * supervision was looked at; every entry of their own learning log.
 */
@Component
class AuditArchive {

  private final GrandparentAuditRepository audits;
  private final CpdLogEntryRepository learningLog;
  private final LineManagement lineManagement;

  AuditArchive(GrandparentAuditRepository audits, CpdLogEntryRepository learningLog, LineManagement lineManagement) {
    this.audits = audits;
    this.learningLog = learningLog;
    this.lineManagement = lineManagement;
  }

  @Component
  @Order(8)
  static class Audits implements ArchiveContributor {

    private final AuditArchive archive;

    Audits(AuditArchive archive) {
      this.archive = archive;
    }

    @Override
    public String kind() {
      return "audit";
    }

    @Override
    public List<ArchiveEntry> entriesAbout(String userId) {
      return archive.audits.findBySuperviseeIdOrSupervisorIdOrAuditorIdOrderById(userId, userId, userId).stream()
          .map(a -> new ArchiveEntry(a.getId().toString(), ArchiveEntry.roleOf(userId, a.getSuperviseeId()),
              a.getKind().label() + " of " + archive.name(a.getSuperviseeId()) + ", round of " + a.getRoundStart()
                  + " (" + a.getStatus() + ")",
              a.getCompletedOn() != null ? a.getCompletedOn() : a.getRoundStart(), "audit-" + a.getId() + ".pdf",
              ArchivePdf.titled(a.getKind().label())
                  .row("Supervisee", archive.name(a.getSuperviseeId()))
                  .row("Supervisor", archive.name(a.getSupervisorId()))
                  .row("Auditor", archive.name(a.getAuditorId()))
                  .row("Round", a.getRoundStart())
                  .row("Policy line", a.getPolicyRule())
                  .row("Why this file", a.getChoiceReason())
                  .row("Status", a.getStatus())
                  .row("Overall judgement", a.getJudgement() == null ? null : a.getJudgement().label())
                  .row("Comments", a.getQualityComment())
                  .row("Observed on", a.getObservedOn())
                  .row("Strengths", a.getStrengths())
                  .row("Development points", a.getDevelopmentPoints())
                  .row("Completed on", a.getCompletedOn())
                  .render()))
          .toList();
    }
  }

  @Component
  @Order(9)
  static class LearningLog implements ArchiveContributor {

    private final AuditArchive archive;

    LearningLog(AuditArchive archive) {
      this.archive = archive;
    }

    @Override
    public String kind() {
      return "cpd-log-entry";
    }

    @Override
    public List<ArchiveEntry> entriesAbout(String userId) {
      return archive.learningLog.findByPersonIdOrderById(userId).stream()
          .map(e -> new ArchiveEntry(e.getId().toString(), ArchiveEntry.SUBJECT,
              "CPD learning log: " + e.getActivity() + " (" + e.getLearnedOn() + ")", e.getLearnedOn(),
              "cpd-log-entry-" + e.getId() + ".pdf",
              ArchivePdf.titled("CPD learning log entry")
                  .row("Person", archive.name(e.getPersonId()))
                  .row("Learned on", e.getLearnedOn())
                  .row("Activity", e.getActivity())
                  .row("Learning", e.getLearning())
                  .row("Recorded by", archive.name(e.getRecordedBy()))
                  .row("Recorded at", e.getRecordedAt())
                  .render()))
          .toList();
    }
  }

  private String name(String userId) {
    return lineManagement.nameOf(userId);
  }
}
