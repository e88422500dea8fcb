package org.socialcare.supervision.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision contracts (seed 001, section 10 and Appendix 1): drafted by the supervisor at the
 * start of every supervisory relationship, signed and dated by both, reviewed after 12 months or
 * earlier when either asks.
 */
@Service
@Transactional
public class ContractService {

  static final String DEFAULT_STANDARDS = """
      Supervision takes place in private and uninterrupted, and is prioritised by both; if it has to be \
      cancelled it is rearranged for the earliest possible date. The agenda is set by both. The supervisor \
      records each session on the supervision record; both sign it and the supervisee keeps a signed copy. \
      Case discussions, decisions and agreed actions are recorded on the child's file. Both carry out the \
      responsibilities in sections 7 and 8 of the supervision contract (Appendix 1 of the supervision policy).""";

  private final ContractRepository contracts;
  private final LineManagement lineManagement;
  private final FrequencyPolicy frequencyPolicy;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  public ContractService(ContractRepository contracts, LineManagement lineManagement, FrequencyPolicy frequencyPolicy,
      Clock clock, ApplicationEventPublisher events) {
    this.contracts = contracts;
    this.lineManagement = lineManagement;
    this.frequencyPolicy = frequencyPolicy;
    this.clock = clock;
    this.events = events;
  }

  /**
   * A new supervisory relationship: the policy's terms, review in 12 months, disagreements to the
   * supervisor's manager. Someone starting it by hand must be the supervisor or a manager above
   * the supervisee; {@code requestedBy} is null when the application starts it.
   */
  @Transactional(readOnly = true)
  public ContractDraft openDraft(String superviseeId, String requestedBy) {
    StaffMember supervisee = activeStaffMember("superviseeId", superviseeId);
    if (requestedBy != null && !requestedBy.equals(supervisee.getSupervisorId())
        && !lineManagement.managersAbove(superviseeId).contains(requestedBy)) {
      throw new SubmissionRejectedException("superviseeId", "Only the supervisor of " + supervisee.fullName()
          + " or a manager above them may start their supervision contract");
    }
    String supervisorId = supervisee.getSupervisorId();
    if (supervisorId == null) {
      throw new SubmissionRejectedException("superviseeId",
          supervisee.fullName() + " has no supervisor; record their supervisor in the organisation first");
    }
    PolicyFrequency policy = frequencyPolicy.minimumFor(supervisee, today());
    String disagreementManager = Optional.ofNullable(lineManagement.lineManagerOf(supervisorId)).orElse(supervisorId);
    ContractTerms proposed = new ContractTerms(policy.format(), policy.frequency(),
        policy.durationMinutes() == null ? 90 : policy.durationMinutes(), "", DEFAULT_STANDARDS,
        today().plusMonths(12), disagreementManager);
    return new ContractDraft(superviseeId, supervisee.fullName(), supervisorId, lineManagement.nameOf(supervisorId),
        policy, proposed);
  }

  /** The supervisee a supervisor or manager names on the request form: a user id, as text. */
  public String superviseeIdOf(Object superviseeField) {
    FieldErrors errors = new FieldErrors();
    String superviseeId = errors.requireText(ContractProcess.Var.SUPERVISEE_ID, "Supervisee (user id)", superviseeField);
    errors.throwIfAny();
    return superviseeId;
  }

  /** A review starts from the contract in force, with the next review 12 months on. */
  @Transactional(readOnly = true)
  public ContractDraft openReview(String superviseeId) {
    ContractDraft draft = openDraft(superviseeId, null);
    return contractInForce(superviseeId)
        .map(current -> {
          ContractTerms terms = current.terms();
          return new ContractDraft(draft.superviseeId(), draft.superviseeName(), draft.supervisorId(),
              draft.supervisorName(), draft.policy(), new ContractTerms(terms.format(), terms.frequency(),
                  terms.durationMinutes(), terms.keyTasks(), terms.standards(), today().plusMonths(12),
                  terms.disagreementManagerId()));
        })
        .orElse(draft);
  }

  /**
   * Checks what the supervisor submitted and stores it as a contract awaiting both signatures.
   * Nothing is stored when a rule is broken; the message names each field.
   */
  public SupervisionContract submitForSignature(String superviseeId, Map<String, Object> submitted,
      Long previousContractId, String processInstanceId) {
    StaffMember supervisee = activeStaffMember("superviseeId", superviseeId);
    String supervisorId = supervisee.getSupervisorId();
    PolicyFrequency policy = frequencyPolicy.minimumFor(supervisee, today());
    ContractTerms terms = validTerms(submitted, policy);
    SupervisionContract contract = new SupervisionContract(superviseeId, supervisorId, terms, policy,
        previousContractId, processInstanceId, LocalDateTime.now(clock));
    return contracts.save(contract);
  }

  public void signBySupervisor(Long contractId) {
    contract(contractId).signBySupervisor(today());
  }

  public void signBySupervisee(Long contractId) {
    contract(contractId).signBySupervisee(today());
  }

  /** The supervisee sends the draft back: their comments are required, and kept with the draft. */
  public void returnToSupervisor(Long contractId, Object comments) {
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText("returnComments", "Comments for the supervisor", comments);
    errors.throwIfAny();
    contract(contractId).returnWithComments(text);
  }

  /** Both have signed: this contract is the one in force, and the one before it is superseded. */
  public SupervisionContract putInForce(Long contractId) {
    SupervisionContract contract = contract(contractId);
    contractInForce(contract.getSuperviseeId())
        .filter(current -> !current.getId().equals(contractId))
        .ifPresent(current -> current.supersede(today()));
    contract.putInForce(today());
    events.publishEvent(new ContractInForce(contract.getId(), contract.getSuperviseeId()));
    return contract;
  }

  /**
   * A leaver's contract ends on their leaving date: no supervision is owed under it any more, and the
   * archive HR keeps says so. Contracts they hold as a supervisor are superseded when their former
   * supervisees' new contracts come into force.
   */
  public void endOnLeaving(String superviseeId, LocalDate leavingDate) {
    contractInForce(superviseeId).ifPresent(contract -> contract.end(leavingDate));
  }

  /**
   * Checks a request for a review before the review date: only the supervisee or their supervisor
   * may ask (Appendix 1, "unless either the supervisor or the supervisee decides an earlier review
   * is needed"), there must be a contract in force, and the reason is required.
   *
   * @param superviseeField empty when supervisees ask about their own contract
   */
  @Transactional(readOnly = true)
  public EarlierReviewRequest checkEarlierReviewRequest(String requesterId, Object superviseeField, Object reason) {
    FieldErrors errors = new FieldErrors();
    String superviseeId = superviseeField == null || superviseeField.toString().isBlank()
        ? requesterId : superviseeField.toString().trim();
    errors.requireText("reason", "Reason for an earlier review", reason);
    StaffMember supervisee = lineManagement.find(superviseeId).filter(StaffMember::isActive).orElse(null);
    if (supervisee == null) {
      errors.reject("superviseeId", "'" + superviseeId + "' is not a current member of staff");
    } else if (!requesterId.equals(superviseeId) && !requesterId.equals(supervisee.getSupervisorId())) {
      errors.reject("superviseeId", "Only " + supervisee.fullName() + " or their supervisor may ask for a review");
    } else if (contractInForce(superviseeId).isEmpty()) {
      errors.reject("superviseeId", supervisee.fullName() + " has no contract in force to review");
    }
    errors.throwIfAny();
    return new EarlierReviewRequest(superviseeId, requesterId,
        requesterId.equals(superviseeId) ? supervisee.getSupervisorId() : superviseeId, reason.toString().trim());
  }

  /** Who asked for an earlier review of whose contract, and who else is to be told. */
  public record EarlierReviewRequest(String superviseeId, String requesterId, String otherPartyId, String reason) {
  }

  @Transactional(readOnly = true)
  public Optional<SupervisionContract> contractInForce(String superviseeId) {
    return contracts.findFirstBySuperviseeIdAndStatus(superviseeId, ContractStatus.IN_FORCE);
  }

  @Transactional(readOnly = true)
  public List<SupervisionContract> contractsInForce() {
    return contracts.findByStatusOrderBySuperviseeId(ContractStatus.IN_FORCE);
  }

  @Transactional(readOnly = true)
  public SupervisionContract contract(Long contractId) {
    return contracts.findById(contractId)
        .orElseThrow(() -> new IllegalArgumentException("No supervision contract with id " + contractId));
  }

  ContractTerms validTerms(Map<String, Object> submitted, PolicyFrequency policy) {
    FieldErrors errors = new FieldErrors();
    SupervisionFormat format = FormValues.choice(errors, "format", "Format of supervision", SupervisionFormat.class,
        submitted.get("format"));
    SupervisionFrequency frequency = FormValues.choice(errors, "frequency", "Frequency of supervision",
        SupervisionFrequency.class, submitted.get("frequency"));
    if (frequency != null && !frequency.isAtLeastAsFrequentAs(policy.frequency())) {
      errors.reject("frequency", "Frequency of supervision may not be lower than the policy minimum ("
          + policy.frequency().label() + ": " + policy.rule() + ")");
    }
    Integer duration = FormValues.wholeNumber(errors, "durationMinutes", "Duration in minutes",
        submitted.get("durationMinutes"));
    if (duration != null && policy.durationMinutes() != null && duration < policy.durationMinutes()) {
      errors.reject("durationMinutes", "Duration may not be shorter than the policy minimum of "
          + policy.durationMinutes() + " minutes");
    } else if (duration != null && (duration < 15 || duration > 480)) {
      errors.reject("durationMinutes", "Duration must be between 15 and 480 minutes");
    }
    String keyTasks = errors.requireText("keyTasks", "Key tasks of the supervisee", submitted.get("keyTasks"));
    String standards = errors.requireText("standards", "Supervision standards", submitted.get("standards"));
    LocalDate reviewDate = FormValues.date(errors, "reviewDate", "Review date", submitted.get("reviewDate"));
    if (reviewDate != null && !reviewDate.isAfter(today())) {
      errors.reject("reviewDate", "Review date must be after today");
    } else if (reviewDate != null && reviewDate.isAfter(today().plusMonths(12))) {
      errors.reject("reviewDate", "Review date must be within 12 months (the policy's normal review)");
    }
    String manager = errors.requireText("disagreementManagerId", "Manager to contact about disagreements",
        submitted.get("disagreementManagerId"));
    if (manager != null && lineManagement.find(manager).filter(StaffMember::isActive).isEmpty()) {
      errors.reject("disagreementManagerId", "'" + manager + "' is not a member of staff");
    }
    errors.throwIfAny();
    return new ContractTerms(format, frequency, duration, keyTasks, standards, reviewDate, manager);
  }

  private StaffMember activeStaffMember(String field, String userId) {
    return lineManagement.find(userId)
        .filter(StaffMember::isActive)
        .orElseThrow(() -> new SubmissionRejectedException(field, "'" + userId + "' is not a current member of staff"));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
