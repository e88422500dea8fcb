package org.socialcare.supervision.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormLists;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actions agreed in supervision (Appendix 2: "agreed action / when / whom"). Each becomes a
 * follow-up task for its owner, due on its date; one not done by then is reminded and raised at
 * the next session.
 */
@Service
@Transactional
public class ActionService {

  /** Form keys of one row of an actions list. */
  public static final String WHAT = "what";
  public static final String OWNER = "ownerId";
  public static final String DUE_ON = "dueOn";

  private final AgreedActionRepository actions;
  private final ActionProcess actionProcess;
  private final Clock clock;

  public ActionService(AgreedActionRepository actions, ActionProcess actionProcess, Clock clock) {
    this.actions = actions;
    this.actionProcess = actionProcess;
    this.clock = clock;
  }

  /**
   * Checks the rows of one actions list on a form. A row left wholly empty is ignored; any other
   * row needs what is to be done, an owner from {@code owners} and a date from today on.
   */
  public List<ActionDraft> read(FieldErrors errors, String field, String label, Object rows, String section,
      Set<String> owners) {
    return read(errors, field, label, rows, row -> section, owners);
  }

  /** As above, for a list whose rows name their own section (the record's heading the action belongs to). */
  public List<ActionDraft> read(FieldErrors errors, String field, String label, Object rows,
      Function<Map<String, Object>, String> sectionOf, Set<String> owners) {
    List<ActionDraft> drafts = new ArrayList<>();
    int number = 0;
    for (Map<String, Object> row : FormLists.rows(errors, field, label, rows)) {
      number++;
      if (FormLists.blank(row, WHAT, OWNER, DUE_ON)) {
        continue;
      }
      String prefix = label + ", action " + number + ": ";
      String what = errors.requireText(field, prefix + "what is to be done", row.get(WHAT));
      Object owner = row.get(OWNER);
      if (owner == null || !owners.contains(owner.toString())) {
        errors.reject(field, prefix + "choose who will do it");
        owner = null;
      }
      LocalDate due = FormValues.date(errors, field, prefix + "by when", row.get(DUE_ON));
      if (due != null && due.isBefore(today())) {
        errors.reject(field, prefix + "the date may not be in the past");
        due = null;
      }
      String section = sectionOf.apply(row);
      if (section == null) {
        errors.reject(field, prefix + "choose the heading it comes under");
      }
      if (what != null && owner != null && due != null && section != null) {
        drafts.add(new ActionDraft(section, what, owner.toString(), due));
      }
    }
    return drafts;
  }

  /** The actions are agreed: each is stored and its owner gets a follow-up task due on its date. */
  public List<AgreedAction> agree(String superviseeId, ActionSource source, Long sourceId, List<ActionDraft> drafts) {
    List<AgreedAction> agreed = new ArrayList<>();
    for (ActionDraft draft : drafts) {
      AgreedAction action = actions.save(new AgreedAction(superviseeId, source, sourceId, draft, today()));
      action.startedAs(actionProcess.start(action));
      agreed.add(action);
    }
    return agreed;
  }

  /** The owner reports the action done; what was done is required and kept. */
  public AgreedAction complete(Long actionId, Object outcome) {
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText("outcome", "What was done", outcome);
    errors.throwIfAny();
    AgreedAction action = action(actionId);
    if (action.getStatus() != ActionStatus.OPEN) {
      throw new SubmissionRejectedException("outcome", "This action was already reported done");
    }
    action.complete(text, today());
    return action;
  }

  /** Open actions past their date: reminded, and raised at the next session. */
  @Transactional(readOnly = true)
  public List<AgreedAction> overdue(String superviseeId) {
    return actions.findBySuperviseeIdAndStatusAndDueOnBeforeOrderByDueOn(superviseeId, ActionStatus.OPEN, today());
  }

  @Transactional(readOnly = true)
  public List<AgreedAction> actionsOf(String superviseeId) {
    return actions.findBySuperviseeIdOrderByDueOn(superviseeId);
  }

  @Transactional(readOnly = true)
  public List<AgreedAction> agreedIn(ActionSource source, Long sourceId) {
    return actions.findBySourceAndSourceIdOrderById(source, sourceId);
  }

  @Transactional(readOnly = true)
  public AgreedAction action(Long actionId) {
    return actions.findById(actionId)
        .orElseThrow(() -> new IllegalArgumentException("No agreed action with id " + actionId));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
