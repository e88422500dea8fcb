package org.socialcare.supervision.leaver;

import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.socialcare.supervision.leaver.LeaverArchivingProcess.Var;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.ProcessAccessGrants;
import org.socialcare.supervision.security.Groups;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/** The delegates and listeners of {@code leaver-archiving}: each reads its variables and calls {@link LeavingService}. */
final class LeaverArchivingDelegates {

  private LeaverArchivingDelegates() {
  }

  private static Long archiveId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return (Long) scope.getVariable(Var.ARCHIVE_ID);
  }

  /** Who completes a task in Tasklist; the application itself when nobody is logged in. */
  private static String currentUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? "application" : authentication.getUserId();
  }

  /** ServiceTask_RecordLeaving: the leaving is recorded; the process is about the leaver from now on. */
  @Component("recordLeaving")
  static class RecordLeaving implements JavaDelegate {

    private final LeavingService leaving;
    private final LineManagement lineManagement;
    private final ProcessAccessGrants grants;

    RecordLeaving(LeavingService leaving, LineManagement lineManagement, ProcessAccessGrants grants) {
      this.leaving = leaving;
      this.lineManagement = lineManagement;
      this.grants = grants;
    }

    @Override
    public void execute(DelegateExecution execution) {
      LeaverArchive archive = leaving.recordLeaving((String) execution.getVariable(Var.RECORDED_BY),
          execution.getVariable(Var.LEAVER_ID), execution.getVariable(Var.LEAVING_DATE),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(archive.getUserId());
      execution.setVariable(Var.ARCHIVE_ID, archive.getId());
      execution.setVariable(Var.LEAVER_NAME, lineManagement.nameOf(archive.getUserId()));
      execution.setVariable(TasklistFilters.ABOUT, lineManagement.nameOf(archive.getUserId()));
      grants.grantProcessInstanceToGroup(execution.getProcessInstanceId(), Groups.HR);
      execution.setVariable(Var.LEAVING_AT,
          Date.from(archive.getLeavingDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
  }

  /** ServiceTask_EndRunningWork: on the leaving date. */
  @Component("endLeaversWork")
  static class EndRunningWork implements JavaDelegate {

    private final LeavingService leaving;
    private final LeaverWork work;

    EndRunningWork(LeavingService leaving, LeaverWork work) {
      this.leaving = leaving;
      this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
      LeaverArchive archive = leaving.archive(archiveId(execution));
      int[] ended = work.endRunningWork(archive.getUserId(), archive.getLeavingDate());
      leaving.workEnded(archive.getId(), ended[0], ended[1]);
    }
  }

  /** ServiceTask_GatherArchive: first on the leaving date, again after HR rejected the archive. */
  @Component("gatherArchive")
  static class GatherArchive implements JavaDelegate {

    private final LeavingService leaving;

    GatherArchive(LeavingService leaving) {
      this.leaving = leaving;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Map<String, Integer> counts = leaving.gather(archiveId(execution));
      execution.setVariable(Var.ARCHIVE_COUNTS, LeavingService.describe(counts));
      execution.setVariable(Var.ARCHIVE_ITEMS, counts.values().stream().mapToInt(Integer::intValue).sum());
      execution.removeVariable(Var.ARCHIVE_DECISION);
      execution.removeVariable(Var.REJECTION_REASON);
    }
  }

  /** UserTask_CheckArchive: HR accepts, or rejects with a reason. */
  @Component("archiveChecked")
  static class ArchiveChecked implements TaskListener {

    private final LeavingService leaving;

    ArchiveChecked(LeavingService leaving) {
      this.leaving = leaving;
    }

    @Override
    public void notify(DelegateTask task) {
      leaving.check(archiveId(task), task.getVariable(Var.ARCHIVE_DECISION), task.getVariable(Var.REJECTION_REASON),
          currentUser(task));
    }
  }

  /** ServiceTask_RemoveAccess: the person has left; their access, and everyone's but HR's to their file, ends. */
  @Component("removeLeaversAccess")
  static class RemoveAccess implements JavaDelegate {

    private final LeavingService leaving;
    private final LeaverWork work;

    RemoveAccess(LeavingService leaving, LeaverWork work) {
      this.leaving = leaving;
      this.work = work;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Long archiveId = archiveId(execution);
      leaving.left(archiveId);
      work.removeAccess(leaving.archive(archiveId).getUserId());
    }
  }

  /** UserTask_ConfirmArchiveDeletion: HR deletes the archive, or keeps it for another period with a reason. */
  @Component("archiveDeletionDecided")
  static class DeletionDecided implements TaskListener {

    private final LeavingService leaving;

    DeletionDecided(LeavingService leaving) {
      this.leaving = leaving;
    }

    @Override
    public void notify(DelegateTask task) {
      if (leaving.decideDeletion(archiveId(task), task.getVariable(Var.DELETION_DECISION),
          task.getVariable(Var.KEPT_REASON))) {
        task.setVariable("deletedBy", currentUser(task));
      }
    }
  }

  /** ServiceTask_DeleteArchive: the archived records are deleted and the deletion recorded. */
  @Component("deleteArchive")
  static class DeleteArchive implements JavaDelegate {

    private final LeavingService leaving;

    DeleteArchive(LeavingService leaving) {
      this.leaving = leaving;
    }

    @Override
    public void execute(DelegateExecution execution) {
      leaving.delete(archiveId(execution), (String) execution.getVariable("deletedBy"));
    }
  }
}
