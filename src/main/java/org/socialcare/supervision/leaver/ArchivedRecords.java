package org.socialcare.supervision.leaver;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.contract.SupervisionContract;
import org.socialcare.supervision.group.GroupSession;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.CaseDiscussion;
import org.socialcare.supervision.session.RecordPdf;
import org.socialcare.supervision.session.SupervisionRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The archive contributors of the features that exist today: contracts, supervision records, group
 * records, case discussions and agreed actions - each "written by or for" the leaver. Each reads its
 * feature's table by the columns that name a person; they run inside the gathering's transaction. A feature added later (audits, learning logs)
 * contributes its own {@link ArchiveContributor} bean from its own package.
 */
@Configuration(proxyBeanMethods = false)
class ArchivedRecords {

  static final String CONTRACT = "contract";
  static final String SUPERVISION_RECORD = "supervision-record";
  static final String GROUP_RECORD = "group-record";
  static final String CASE_DISCUSSION = "case-discussion";
  static final String AGREED_ACTION = "agreed-action";

  @Bean
  @Order(1)
  ArchiveContributor contractsArchived(EntityManager entityManager, LineManagement lineManagement) {
    return new Contributor(CONTRACT) {
      @Override
      public List<ArchiveEntry> entriesAbout(String userId) {
        return entityManager.createQuery("select c from SupervisionContract c where c.superviseeId = :user"
            + " or c.supervisorId = :user order by c.id", SupervisionContract.class).setParameter("user", userId)
            .getResultList().stream().map(c -> new ArchiveEntry(c.getId().toString(),
                ArchiveEntry.roleOf(userId, c.getSuperviseeId()),
                "Supervision contract of " + lineManagement.nameOf(c.getSuperviseeId()) + " with "
                    + lineManagement.nameOf(c.getSupervisorId()) + " (" + c.getStatus() + ")",
                c.getInForceFrom() != null ? c.getInForceFrom() : c.getSupervisorSignedOn(),
                "contract-" + c.getId() + ".pdf",
                ArchivePdf.titled("Supervision contract")
                    .row("Supervisee", lineManagement.nameOf(c.getSuperviseeId()))
                    .row("Supervisor", lineManagement.nameOf(c.getSupervisorId()))
                    .row("Status", c.getStatus())
                    .row("Format", c.getFormat())
                    .row("Frequency", c.getFrequency())
                    .row("Duration (minutes)", c.getDurationMinutes())
                    .row("Agreed key tasks", c.getKeyTasks())
                    .row("Supervision standards", c.getStandards())
                    .row("Review date", c.getReviewDate())
                    .row("Manager to contact in a disagreement", lineManagement.nameOf(c.getDisagreementManagerId()))
                    .row("Signed by the supervisor on", c.getSupervisorSignedOn())
                    .row("Signed by the supervisee on", c.getSuperviseeSignedOn())
                    .row("In force from", c.getInForceFrom())
                    .row("Superseded on", c.getSupersededOn())
                    .row("Ended on", c.getEndedOn())
                    .row("Returned with comments", c.getReturnedComments())
                    .render()))
            .toList();
      }
    };
  }

  @Bean
  @Order(2)
  ArchiveContributor supervisionRecordsArchived(EntityManager entityManager, LineManagement lineManagement,
      RecordPdf recordPdf) {
    return new Contributor(SUPERVISION_RECORD) {
      @Override
      public List<ArchiveEntry> entriesAbout(String userId) {
        return entityManager.createQuery("select r from SupervisionRecord r where r.superviseeId = :user"
            + " or r.supervisorId = :user order by r.id", SupervisionRecord.class).setParameter("user", userId)
            .getResultList().stream().map(r -> new ArchiveEntry(r.getId().toString(),
                ArchiveEntry.roleOf(userId, r.getSuperviseeId()),
                "Supervision record of " + lineManagement.nameOf(r.getSuperviseeId()) + ", held " + r.getHeldOn()
                    + " (" + r.getStatus() + ")",
                r.getHeldOn(), "supervision-record-" + r.getId() + ".pdf", recordPdf.render(r.getId())))
            .toList();
      }
    };
  }

  @Bean
  @Order(3)
  ArchiveContributor groupRecordsArchived(EntityManager entityManager, LineManagement lineManagement) {
    return new Contributor(GROUP_RECORD) {
      @Override
      public List<ArchiveEntry> entriesAbout(String userId) {
        return entityManager.createQuery("select s from GroupSession s where s.facilitatorId = :user or exists"
            + " (select m from GroupMember m where m.groupSession = s and m.memberId = :user) order by s.id",
            GroupSession.class).setParameter("user", userId)
            .getResultList().stream().map(s -> new ArchiveEntry(s.getId().toString(),
                userId.equals(s.getFacilitatorId()) ? "facilitator" : "member",
                "Reflective group supervision of " + s.getStartsAt().toLocalDate() + " (" + s.getStatus() + ")",
                s.getHeldOn() != null ? s.getHeldOn() : s.getStartsAt().toLocalDate(),
                "group-record-" + s.getId() + ".pdf",
                ArchivePdf.titled("Reflective group supervision record")
                    .row("Facilitator", lineManagement.nameOf(s.getFacilitatorId()))
                    .row("Planned for", s.getStartsAt())
                    .row("Status", s.getStatus())
                    .row("Held on", s.getHeldOn())
                    .row("Members", String.join(", ", s.getMembers().stream()
                        .map(m -> lineManagement.nameOf(m.getMemberId()) + " (" + m.getAttendance() + ")").toList()))
                    .row("Presenter", s.getPresenterId() == null ? null : lineManagement.nameOf(s.getPresenterId()))
                    .row("Issue", s.getIssue())
                    .row("Child's case", s.getCaseReference())
                    .row("Issue outline", s.getIssueOutline())
                    .row("Nature of the discussion", s.getNatureOfDiscussion())
                    .row("Discussion", s.getDiscussion())
                    .row("Presenter's response", s.getPresenterResponse())
                    .row("Goals and actions", s.getGoals())
                    .row("Cancelled because", s.getCancelledReason())
                    .render()))
            .toList();
      }
    };
  }

  @Bean
  @Order(4)
  ArchiveContributor caseDiscussionsArchived(EntityManager entityManager, LineManagement lineManagement) {
    return new Contributor(CASE_DISCUSSION) {
      @Override
      public List<ArchiveEntry> entriesAbout(String userId) {
        return entityManager.createQuery("select d from CaseDiscussion d where d.superviseeId = :user"
            + " or d.recordedBy = :user order by d.id", CaseDiscussion.class).setParameter("user", userId)
            .getResultList().stream().map(d -> new ArchiveEntry(d.getId().toString(),
                ArchiveEntry.roleOf(userId, d.getSuperviseeId()),
                "Case discussion of " + d.getCaseReference() + " on " + d.getDiscussedOn(), d.getDiscussedOn(),
                "case-discussion-" + d.getId() + ".pdf",
                ArchivePdf.titled("Case discussion")
                    .row("Child's case", d.getCaseReference())
                    .row("Worker", lineManagement.nameOf(d.getSuperviseeId()))
                    .row("Recorded by", lineManagement.nameOf(d.getRecordedBy()))
                    .row("Discussed on", d.getDiscussedOn())
                    .row("In", d.getSource() + " " + d.getSourceId())
                    .row("Current issues / situation", d.getCurrentSituation())
                    .row("Reflection", d.getReflection())
                    .row("Analysis", d.getAnalysis())
                    .row("Actions", d.getActions())
                    .render()))
            .toList();
      }
    };
  }

  @Bean
  @Order(5)
  ArchiveContributor agreedActionsArchived(EntityManager entityManager, LineManagement lineManagement) {
    return new Contributor(AGREED_ACTION) {
      @Override
      public List<ArchiveEntry> entriesAbout(String userId) {
        return entityManager.createQuery("select a from AgreedAction a where a.superviseeId = :user"
            + " or a.ownerId = :user order by a.id", AgreedAction.class).setParameter("user", userId)
            .getResultList().stream().map(a -> new ArchiveEntry(a.getId().toString(),
                ArchiveEntry.roleOf(userId, a.getSuperviseeId()),
                "Agreed action: " + a.getDescription() + " (" + a.getStatus() + ")", a.getAgreedOn(),
                "agreed-action-" + a.getId() + ".pdf",
                ArchivePdf.titled("Agreed action")
                    .row("Supervisee", lineManagement.nameOf(a.getSuperviseeId()))
                    .row("Action", a.getDescription())
                    .row("Section", a.getSection())
                    .row("By whom", lineManagement.nameOf(a.getOwnerId()))
                    .row("By when", a.getDueOn())
                    .row("Agreed on", a.getAgreedOn())
                    .row("Agreed in", a.getSource() + " " + a.getSourceId())
                    .row("Status", a.getStatus())
                    .row("Completed on", a.getCompletedOn())
                    .row("Outcome", a.getOutcome())
                    .render()))
            .toList();
      }
    };
  }

  private abstract static class Contributor implements ArchiveContributor {

    private final String kind;

    Contributor(String kind) {
      this.kind = kind;
    }

    @Override
    public String kind() {
      return kind;
    }
  }
}
