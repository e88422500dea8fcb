package org.socialcare.supervision.escalation;

import java.util.List;
import org.socialcare.supervision.leaver.ArchiveContributor;
import org.socialcare.supervision.leaver.ArchiveEntry;
import org.socialcare.supervision.leaver.ArchivePdf;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A leaver's disagreements and concerns about supervision go into their archive with the rest of the
 * file (seed 001, 5: records are the organisation's, sent to HR): those they raised or were party to
 * as supervisee or supervisor.
 */
@Component
class EscalationArchive {

  private final DisagreementRepository disagreements;
  private final SupervisionConcernRepository concerns;
  private final LineManagement lineManagement;

  EscalationArchive(DisagreementRepository disagreements, SupervisionConcernRepository concerns,
      LineManagement lineManagement) {
    this.disagreements = disagreements;
    this.concerns = concerns;
    this.lineManagement = lineManagement;
  }

  @Component
  @Order(6)
  static class Disagreements implements ArchiveContributor {

    private final EscalationArchive archive;

    Disagreements(EscalationArchive archive) {
      this.archive = archive;
    }

    @Override
    public String kind() {
      return "disagreement";
    }

    @Override
    public List<ArchiveEntry> entriesAbout(String userId) {
      return archive.disagreements.findBySuperviseeIdOrSupervisorIdOrderById(userId, userId).stream()
          .map(d -> new ArchiveEntry(d.getId().toString(), ArchiveEntry.roleOf(userId, d.getSuperviseeId()),
              "Disagreement of " + archive.name(d.getSuperviseeId()) + " and " + archive.name(d.getSupervisorId())
                  + " raised " + d.getRaisedAt().toLocalDate(),
              d.getRaisedAt().toLocalDate(), "disagreement-" + d.getId() + ".pdf",
              ArchivePdf.titled("Disagreement about a supervision decision")
                  .row("Supervisee", archive.name(d.getSuperviseeId()))
                  .row("Supervisor", archive.name(d.getSupervisorId()))
                  .row("Raised by", archive.name(d.getRaisedBy()))
                  .row("Raised on", d.getRaisedAt())
                  .row("Supervision record", d.getRecordId())
                  .row("The decision", d.getDecision())
                  .row("The supervisee's position", d.getSuperviseePosition())
                  .row("The supervisor's position", d.getSupervisorPosition())
                  .row("What is at stake", d.getAtStake())
                  .row("Referred to", archive.name(d.getDecidingManagerId()))
                  .row("Escalated to", d.getEscalatedToId() == null ? null : archive.name(d.getEscalatedToId()))
                  .row("Decided by", d.getDecidedBy() == null ? null : archive.name(d.getDecidedBy()))
                  .row("Resolution", d.getResolution())
                  .row("Met both parties", d.getMetBothParties())
                  .row("Decided on", d.getDecidedAt())
                  .render()))
          .toList();
    }
  }

  @Component
  @Order(7)
  static class Concerns implements ArchiveContributor {

    private final EscalationArchive archive;

    Concerns(EscalationArchive archive) {
      this.archive = archive;
    }

    @Override
    public String kind() {
      return "supervision-concern";
    }

    @Override
    public List<ArchiveEntry> entriesAbout(String userId) {
      return archive.concerns.findBySuperviseeIdOrSupervisorIdOrderById(userId, userId).stream()
          .map(c -> new ArchiveEntry(c.getId().toString(), ArchiveEntry.roleOf(userId, c.getSuperviseeId()),
              "Concern of " + archive.name(c.getSuperviseeId()) + " about supervision, raised "
                  + c.getRaisedAt().toLocalDate(),
              c.getRaisedAt().toLocalDate(), "supervision-concern-" + c.getId() + ".pdf",
              ArchivePdf.titled("Concern about supervision practice")
                  .row("Supervisee", archive.name(c.getSuperviseeId()))
                  .row("Supervisor", archive.name(c.getSupervisorId()))
                  .row("Addressed by", archive.name(c.getLineManagerId()))
                  .row("Raised on", c.getRaisedAt())
                  .row("The concern", c.getConcern())
                  .row("Tried with the supervisor", c.getTriedWithSupervisor())
                  .row("What was done", c.getActionTaken())
                  .row("Addressed on", c.getAddressedAt())
                  .render()))
          .toList();
    }
  }

  private String name(String userId) {
    return lineManagement.nameOf(userId);
  }
}
