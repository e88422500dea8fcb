package org.socialcare.supervision.leaver;

import org.socialcare.supervision.common.FormFields;

/**
 * The {@code leaver-archiving} process from outside: its key, variables and the fields its forms
 * submit. One instance per recorded leaving; business key: the leaver's user id.
 */
public final class LeaverArchivingProcess {

  public static final String KEY = "leaver-archiving";

  /** Process variable names; form fields use the same names. */
  public static final class Var {
    /** The logged-in user who recorded the leaving (camunda:initiator). */
    public static final String RECORDED_BY = "recordedBy";
    public static final String LEAVER_ID = "leaverId";
    public static final String LEAVER_NAME = "leaverName";
    public static final String LEAVING_DATE = "leavingDate";
    /** The timer date: the start of the leaving date. */
    public static final String LEAVING_AT = "leavingAt";
    public static final String ARCHIVE_ID = "archiveId";
    /** What the archive holds, one line per kind, as the check form shows it. */
    public static final String ARCHIVE_COUNTS = "archiveCounts";
    public static final String ARCHIVE_ITEMS = "archiveItems";
    public static final String ARCHIVE_DECISION = "archiveDecision";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String DELETION_DECISION = "deletionDecision";
    public static final String KEPT_REASON = "keptReason";

    private Var() {
    }
  }

  public static final String ACCEPT = "accept";
  public static final String REJECT = "reject";
  public static final String DELETE = "delete";
  public static final String KEEP = "keep";

  /** The start form, read by {@code ServiceTask_RecordLeaving}. */
  static final FormFields RECORD_LEAVING_FORM = FormFields.of("Form_RecordLeaving")
      .text(Var.LEAVER_ID)
      .date(Var.LEAVING_DATE);
  /** Read when HR completes {@code UserTask_CheckArchive}. */
  static final FormFields CHECK_ARCHIVE_FORM = FormFields.of("Form_CheckArchive")
      .choice(Var.ARCHIVE_DECISION, ACCEPT, REJECT)
      .text(Var.REJECTION_REASON);
  /** Read when HR completes {@code UserTask_ConfirmArchiveDeletion}. */
  static final FormFields CONFIRM_DELETION_FORM = FormFields.of("Form_ConfirmArchiveDeletion")
      .choice(Var.DELETION_DECISION, DELETE, KEEP)
      .text(Var.KEPT_REASON);

  private LeaverArchivingProcess() {
  }
}
