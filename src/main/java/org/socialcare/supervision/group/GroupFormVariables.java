package org.socialcare.supervision.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.group.GroupSupervisionProcess.Var;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/**
 * Writes what the group supervision forms show. Lists are Json variables, which Camunda Forms read
 * as tables and as the options of selects and checklists ({@code valuesKey}).
 */
@Component
class GroupFormVariables {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LineManagement lineManagement;
  private final GroupSupervisionService groups;

  GroupFormVariables(LineManagement lineManagement, GroupSupervisionService groups) {
    this.lineManagement = lineManagement;
    this.groups = groups;
  }

  void writePlan(VariableScope scope, GroupSession session) {
    scope.setVariable(Var.GROUP_SESSION_ID, session.getId());
    scope.setVariable(Var.FACILITATOR_NAME, lineManagement.nameOf(session.getFacilitatorId()));
    scope.setVariable(Var.SESSION_STARTS_AT, Date.from(session.getStartsAt().atZone(ZoneId.systemDefault()).toInstant()));
    scope.setVariable(Var.STARTS_AT, WHEN.format(session.getStartsAt()));
    scope.setVariable(Var.MINUTES_ALLOWED, session.getMinutesAllowed());
    scope.setVariable(Var.ABOUT, "Group supervision, " + WHEN.format(session.getStartsAt()));
  }

  /** The session starts: the facilitator sees what each member offered, and who may present. */
  void writeOffers(VariableScope scope, GroupSession session) {
    List<Map<String, Object>> offers = session.getMembers().stream().map(member -> row(
        "member", lineManagement.nameOf(member.getMemberId()),
        "offer", switch (member.getPreparation()) {
          case OFFERED -> member.getOfferedIssue();
          case NOTHING_OFFERED -> "Nothing to bring this time";
          case NOT_PREPARED, PENDING -> "Did not prepare";
        },
        "caseReference", member.getOfferedCaseReference() == null ? "" : member.getOfferedCaseReference())).toList();
    scope.setVariable(Var.OFFERS, json(offers));
    scope.setVariable(Var.PRESENTER_OPTIONS, json(options(session.getMembers().stream()
        .filter(GroupMember::hasOffered).map(GroupMember::getMemberId).toList())));
    scope.setVariable(Var.MEMBER_OPTIONS, json(options(session.memberIds())));
    scope.setVariable(Var.PRESENT_IDS, json(session.memberIds()));
  }

  /** The session goes ahead: the presenter's offer opens the presenting form, those present may own actions. */
  void writeOpened(VariableScope scope, GroupSession session) {
    scope.setVariable(Var.PRESENTER_ID, session.getPresenterId());
    scope.setVariable(Var.PRESENTER_NAME, lineManagement.nameOf(session.getPresenterId()));
    scope.setVariable(Var.ISSUE, session.getIssue());
    scope.setVariable(Var.CASE_REFERENCE, session.getCaseReference());
    scope.setVariable(Var.ACTION_OWNER_OPTIONS, json(options(List.copyOf(groups.actionOwners(session)))));
    scope.setVariable(Var.ATTENDED_IDS, json(session.attendingIds()));
  }

  void writePresented(VariableScope scope, GroupSession session) {
    scope.setVariable(Var.ISSUE, session.getIssue());
    scope.setVariable(Var.CASE_REFERENCE, session.getCaseReference());
    scope.setVariable(Var.ISSUE_OUTLINE, session.getIssue());
  }

  /** The questions or affirmations, one row per member, for the presenter's and facilitator's later forms. */
  void writeContributions(VariableScope scope, String variable, CycleStep step, List<GroupContribution> given) {
    scope.setVariable(variable, json(given.stream().map(c -> row(
        "member", lineManagement.nameOf(c.getMemberId()),
        "content", c.isGiven() ? c.getContent() : step.noneGiven())).toList()));
  }

  void writeReflected(VariableScope scope, GroupSession session) {
    scope.setVariable(Var.NATURE_OF_DISCUSSION, session.getDiscussion());
  }

  void writeAgreedActions(VariableScope scope, List<AgreedAction> agreed) {
    scope.setVariable(Var.AGREED_ACTIONS, json(agreed.stream().map(a -> row(
        "what", a.getDescription(),
        "owner", lineManagement.nameOf(a.getOwnerId()),
        "dueOn", a.getDueOn().toString())).toList()));
  }

  private List<Map<String, Object>> options(List<String> userIds) {
    return userIds.stream().map(id -> row("label", lineManagement.nameOf(id), "value", id)).toList();
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form data as JSON", e);
    }
  }
}
