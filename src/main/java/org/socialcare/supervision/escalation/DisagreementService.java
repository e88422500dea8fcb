package org.socialcare.supervision.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.contract.ContractService;
import org.socialcare.supervision.contract.SupervisionContract;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.session.SessionRecording;
import org.socialcare.supervision.session.SupervisionRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disagreements about a decision from supervision (seed 001, Appendix 1, "Disagreements"): either
 * party refers it to the appropriate service manager - the manager the contract in force names for
 * disagreements - who decides; an overdue decision goes to the manager above. A dispute between a
 * service manager and the team manager they supervise, and its resolution, are recorded on the
 * supervision record it came from.
 */
@Service
@Transactional
public class DisagreementService {

  /** Form keys of the raising form (and of the disagreement part of the supervisee's signing form). */
  public static final class Field {
    public static final String SUPERVISEE_ID = "superviseeId";
    public static final String RECORD_HELD_ON = "recordHeldOn";
    public static final String DECISION = "disagreedDecision";
    public static final String SUPERVISEE_POSITION = "superviseePosition";
    public static final String SUPERVISOR_POSITION = "supervisorPosition";
    public static final String AT_STAKE = "atStake";
    public static final String RESOLUTION = "resolution";
    public static final String MET_BOTH_PARTIES = "metBothParties";

    private Field() {
    }
  }

  private final DisagreementRepository disagreements;
  private final RecordAddendumRepository addenda;
  private final SessionRecording recording;
  private final ContractService contracts;
  private final LineManagement lineManagement;
  private final NotificationService notifications;
  private final Clock clock;

  DisagreementService(DisagreementRepository disagreements, RecordAddendumRepository addenda,
      SessionRecording recording, ContractService contracts, LineManagement lineManagement,
      NotificationService notifications, Clock clock) {
    this.disagreements = disagreements;
    this.addenda = addenda;
    this.recording = recording;
    this.contracts = contracts;
    this.lineManagement = lineManagement;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** What was submitted, raising a disagreement; {@code recordId} is known when it is raised from the record itself. */
  public record Submission(String raisedBy, Object superviseeField, Long recordId, Object recordHeldOn,
      Object decision, Object superviseePosition, Object supervisorPosition, Object atStake) {
  }

  /**
   * Checks a disagreement before anything is stored: the decision, each side's position and what is
   * at stake are required; the record is one of the supervisee's (by its date, the latest version of
   * that day's record); and only its two parties - the supervisee and the supervisor who wrote it -
   * may raise it.
   */
  @Transactional(readOnly = true)
  public DisagreementDraft check(Submission submitted) {
    FieldErrors errors = new FieldErrors();
    String decision = errors.requireText(Field.DECISION, "The decision disagreed about", submitted.decision());
    String superviseePosition = errors.requireText(Field.SUPERVISEE_POSITION, "The supervisee's position",
        submitted.superviseePosition());
    String supervisorPosition = errors.requireText(Field.SUPERVISOR_POSITION, "The supervisor's position",
        submitted.supervisorPosition());
    String atStake = errors.requireText(Field.AT_STAKE, "What is at stake", submitted.atStake());
    Object superviseeField = submitted.superviseeField();
    String superviseeId = superviseeField == null || superviseeField.toString().isBlank()
        ? submitted.raisedBy() : superviseeField.toString().trim();
    LocalDate heldOn = submitted.recordId() != null ? null
        : FormValues.date(errors, Field.RECORD_HELD_ON, "Date of the supervision record", submitted.recordHeldOn());
    StaffMember supervisee = lineManagement.find(superviseeId).filter(StaffMember::isActive).orElse(null);
    SupervisionRecord record = null;
    if (supervisee == null) {
      errors.reject(Field.SUPERVISEE_ID, "'" + superviseeId + "' is not a current member of staff");
    } else if (submitted.recordId() != null || heldOn != null) {
      record = recordOf(superviseeId, submitted.recordId(), heldOn).orElse(null);
      if (record == null) {
        errors.reject(Field.RECORD_HELD_ON, "There is no supervision record of " + supervisee.fullName()
            + (heldOn == null ? "" : " of " + heldOn));
      } else if (!submitted.raisedBy().equals(record.getSuperviseeId())
          && !submitted.raisedBy().equals(record.getSupervisorId())) {
        errors.reject(Field.SUPERVISEE_ID, "Only " + supervisee.fullName() + " and the supervisor who wrote the"
            + " record may raise a disagreement about a decision from their supervision");
      }
    }
    errors.throwIfAny();
    return new DisagreementDraft(record.getSuperviseeId(), record.getSupervisorId(), submitted.raisedBy(),
        record.getId(), decision, superviseePosition, supervisorPosition, atStake);
  }

  /**
   * The disagreement goes to the manager who decides it; the other party is told. A dispute between
   * a service manager and a team manager is added to the supervision record at once.
   */
  public Disagreement raise(DisagreementDraft draft, String processInstanceId) {
    String decidingManager = decidingManagerFor(draft);
    if (decidingManager == null) {
      throw new SubmissionRejectedException(Field.SUPERVISEE_ID, "There is no manager to refer this disagreement"
          + " to: record the supervisor's line manager, or name a manager in the contract");
    }
    Disagreement disagreement = disagreements.save(new Disagreement(draft, decidingManager,
        isServiceManagerAndTeamManager(draft.supervisorId(), draft.superviseeId()), now(), processInstanceId));
    if (disagreement.isOnRecord()) {
      addenda.save(new RecordAddendum(disagreement.getRecordId(), disagreement.getId(),
          "Disagreement raised on " + now().toLocalDate() + " by " + lineManagement.nameOf(draft.raisedBy()),
          statement(disagreement), now()));
    }
    String subject = "Disagreement referred to " + lineManagement.nameOf(decidingManager);
    notifications.notify(decidingManager, "A disagreement from supervision for you to decide",
        lineManagement.nameOf(draft.raisedBy()) + " refers a disagreement to you for a decision (supervision policy,"
            + " Appendix 1). It is in your tasks.\n\n" + statement(disagreement));
    notifications.notify(disagreement.otherPartyThan(draft.raisedBy()), subject,
        lineManagement.nameOf(draft.raisedBy()) + " has referred a disagreement about a decision from your"
            + " supervision to " + lineManagement.nameOf(decidingManager) + ", who will decide it.\n\n"
            + statement(disagreement));
    return disagreement;
  }

  /**
   * The manager who decides: the one the contract in force names for disagreements, unless that is
   * one of the parties or no longer at work; otherwise the supervisor's line manager.
   */
  @Transactional(readOnly = true)
  public String decidingManagerFor(DisagreementDraft draft) {
    return contracts.contractInForce(draft.superviseeId())
        .map(SupervisionContract::getDisagreementManagerId)
        .filter(manager -> !manager.equals(draft.superviseeId()) && !manager.equals(draft.supervisorId()))
        .filter(manager -> lineManagement.find(manager).filter(StaffMember::isActive).isPresent())
        .orElseGet(() -> lineManagement.lineManagerOf(draft.supervisorId()));
  }

  /** Whom an overdue decision goes to: the deciding manager's line manager (a service manager's assistant director). */
  @Transactional(readOnly = true)
  public String escalationManagerFor(Disagreement disagreement) {
    return Optional.ofNullable(lineManagement.lineManagerOf(disagreement.getDecidingManagerId()))
        .orElse(disagreement.getDecidingManagerId());
  }

  /** The decision is overdue: it moves to the manager above, and the deciding manager is told. */
  public Disagreement escalate(Long disagreementId) {
    Disagreement disagreement = disagreement(disagreementId);
    String manager = escalationManagerFor(disagreement);
    disagreement.escalateTo(manager, now());
    notifications.notify(disagreement.getDecidingManagerId(), "Overdue disagreement passed to "
        + lineManagement.nameOf(manager), "The disagreement referred to you on " + disagreement.getRaisedAt()
        .toLocalDate() + " was not decided in time and now goes to " + lineManagement.nameOf(manager) + ".\n\n"
        + statement(disagreement));
    notifications.notify(manager, "An overdue disagreement from supervision for you to decide",
        lineManagement.nameOf(disagreement.getDecidingManagerId()) + " has not decided this disagreement in time;"
            + " it is now in your tasks.\n\n" + statement(disagreement));
    return disagreement;
  }

  /** The manager's decision: what is decided is required; whether they met both parties is recorded. */
  public Disagreement decide(Long disagreementId, String decidedBy, Object resolution, Object metBothParties) {
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText(Field.RESOLUTION, "The decision", resolution);
    boolean met = FormValues.tick(errors, Field.MET_BOTH_PARTIES, "I met both parties before deciding", metBothParties);
    errors.throwIfAny();
    Disagreement disagreement = disagreement(disagreementId);
    if (disagreement.isResolved()) {
      throw new SubmissionRejectedException(Field.RESOLUTION, "This disagreement is already decided");
    }
    disagreement.resolve(decidedBy, text, met, now());
    return disagreement;
  }

  /** Both parties are told the outcome; a dispute between a service and a team manager gets it on the record too. */
  public Disagreement recordOutcome(Long disagreementId) {
    Disagreement disagreement = disagreement(disagreementId);
    if (!disagreement.isResolved()) {
      throw new IllegalStateException("Disagreement " + disagreementId + " is not decided yet");
    }
    String outcome = "Decided on " + disagreement.getDecidedAt().toLocalDate() + " by "
        + lineManagement.nameOf(disagreement.getDecidedBy())
        + (disagreement.getMetBothParties() ? ", having met both parties" : "") + ":\n" + disagreement.getResolution();
    if (disagreement.isOnRecord()) {
      addenda.save(new RecordAddendum(disagreement.getRecordId(), disagreement.getId(),
          "Resolution of the disagreement raised on " + disagreement.getRaisedAt().toLocalDate(), outcome, now()));
    }
    String subject = "Outcome of the disagreement about a decision from supervision";
    String body = outcome + "\n\n" + statement(disagreement);
    notifications.notify(disagreement.getSuperviseeId(), subject, body);
    notifications.notify(disagreement.getSupervisorId(), subject, body);
    return disagreement;
  }

  /** The disagreement as the deciding manager's form and the notifications show it. */
  @Transactional(readOnly = true)
  public String statement(Disagreement disagreement) {
    SupervisionRecord record = recording.record(disagreement.getRecordId());
    return "Supervision of " + lineManagement.nameOf(disagreement.getSuperviseeId()) + " by "
        + lineManagement.nameOf(disagreement.getSupervisorId()) + ", record of " + record.getHeldOn()
        + "; raised by " + lineManagement.nameOf(disagreement.getRaisedBy()) + ".\n"
        + "Decision disagreed about: " + disagreement.getDecision() + "\n"
        + "Supervisee's position: " + disagreement.getSuperviseePosition() + "\n"
        + "Supervisor's position: " + disagreement.getSupervisorPosition() + "\n"
        + "What is at stake: " + disagreement.getAtStake();
  }

  @Transactional(readOnly = true)
  public Disagreement disagreement(Long disagreementId) {
    return disagreements.findById(disagreementId)
        .orElseThrow(() -> new IllegalArgumentException("No disagreement " + disagreementId));
  }

  @Transactional(readOnly = true)
  public List<Disagreement> aboutRecord(Long recordId) {
    return disagreements.findByRecordIdOrderById(recordId);
  }

  @Transactional(readOnly = true)
  public List<RecordAddendum> addendaOf(Long recordId) {
    return addenda.findByRecordIdOrderById(recordId);
  }

  /** A record given by id, or the latest version (a correction, if any) of the supervisee's record of that day. */
  private Optional<SupervisionRecord> recordOf(String superviseeId, Long recordId, LocalDate heldOn) {
    if (recordId != null) {
      return recording.recordsOf(superviseeId).stream().filter(record -> record.getId().equals(recordId)).findFirst();
    }
    return recording.recordsOf(superviseeId).stream()
        .filter(record -> record.getHeldOn().equals(heldOn))
        .max(Comparator.comparing(SupervisionRecord::getId));
  }

  /** Seed 001, Appendix 1: "In the case of dispute between a Service Manager and a Team Manager ...". */
  private boolean isServiceManagerAndTeamManager(String supervisorId, String superviseeId) {
    return lineManagement.member(supervisorId).getPosition() == Position.SERVICE_MANAGER
        && lineManagement.member(superviseeId).getPosition() == Position.TEAM_MANAGER;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
