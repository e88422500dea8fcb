package org.socialcare.supervision.group;

import org.socialcare.supervision.security.TasklistFilters;

/**
 * The {@code group-supervision} process from outside: its key, business key and variables. A
 * facilitator starts it from Tasklist. Business key: {@code group-<id>}, the group session's id, as
 * the process is about a group rather than one person; who may read it is given by
 * {@link GroupSessionReaders}.
 */
public final class GroupSupervisionProcess {

  public static final String KEY = "group-supervision";
  private static final String BUSINESS_KEY_PREFIX = "group-";

  /** Process variable names; form fields use the same names. */
  public static final class Var {
    /** The logged-in facilitator who started the session from Tasklist (camunda:initiator). */
    public static final String FACILITATOR_ID = "facilitatorId";
    public static final String FACILITATOR_NAME = "facilitatorName";
    public static final String TEAM_CODE = "teamCode";
    public static final String MEMBER_IDS = "memberIds";
    public static final String STARTS_AT = "startsAt";
    public static final String MINUTES_ALLOWED = "minutesAllowed";
    public static final String GROUP_SESSION_ID = "groupSessionId";
    /** When the session starts: preparation closes, the facilitator opens the session. */
    public static final String SESSION_STARTS_AT = "sessionStartsAt";
    /** What Tasklist's "About" column shows (the filters' column is named for one-to-one processes). */
    public static final String ABOUT = TasklistFilters.ABOUT;
    /** The member a multi-instance task is for (its element variable). */
    public static final String MEMBER_ID = "memberId";
    public static final String OFFERED_ISSUE = "offeredIssue";
    public static final String OFFERED_CASE_REFERENCE = "offeredCaseReference";
    public static final String OFFERS = "offers";
    public static final String PRESENTER_OPTIONS = "presenterOptions";
    public static final String MEMBER_OPTIONS = "memberOptions";
    public static final String GOES_AHEAD = "goesAhead";
    public static final String PRESENTER_ID = "presenterId";
    public static final String PRESENTER_NAME = "presenterName";
    public static final String PRESENT_IDS = "presentIds";
    public static final String CANCEL_REASON = "cancelReason";
    public static final String PRESENTING_TIME = "presentingTime";
    public static final String CLARIFYING_TIME = "clarifyingTime";
    public static final String AFFIRMING_TIME = "affirmingTime";
    public static final String REFLECTING_TIME = "reflectingTime";
    public static final String CLOSING_TIME = "closingTime";
    public static final String ISSUE = "issue";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String QUESTION = "question";
    public static final String QUESTIONS = "questions";
    public static final String AFFIRMATION = "affirmation";
    public static final String AFFIRMATIONS = "affirmations";
    public static final String DISCUSSION = "discussion";
    public static final String PRESENTER_FEELINGS = "presenterFeelings";
    public static final String PRESENTER_RESPONSE = "presenterResponse";
    public static final String GOALS = "goals";
    public static final String ACTIONS = "actions";
    public static final String ACTION_OWNER_OPTIONS = "actionOwnerOptions";
    public static final String AGREED_ACTIONS = "agreedActions";
    public static final String ISSUE_OUTLINE = "issueOutline";
    public static final String NATURE_OF_DISCUSSION = "natureOfDiscussion";
    public static final String ATTENDED_IDS = "attendedIds";

    private Var() {
    }
  }

  private GroupSupervisionProcess() {
  }

  public static String businessKey(Long groupSessionId) {
    return BUSINESS_KEY_PREFIX + groupSessionId;
  }

  /** The group session a business key names, or null when it names none. */
  public static Long groupSessionIdOf(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
      return null;
    }
    try {
      return Long.valueOf(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
