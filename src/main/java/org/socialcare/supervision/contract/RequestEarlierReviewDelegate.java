package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.socialcare.supervision.contract.ContractService.EarlierReviewRequest;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RequestEarlierReview of {@code contract-review-request}: a supervisee or supervisor
 * asks, from Tasklist, for the contract to be reviewed before its review date.
 */
@Component("requestEarlierContractReview")
class RequestEarlierReviewDelegate implements JavaDelegate {

  private final ContractService contracts;
  private final ContractProcess contractProcess;
  private final NotificationService notifications;
  private final LineManagement lineManagement;

  RequestEarlierReviewDelegate(ContractService contracts, ContractProcess contractProcess,
      NotificationService notifications, LineManagement lineManagement) {
    this.contracts = contracts;
    this.contractProcess = contractProcess;
    this.notifications = notifications;
    this.lineManagement = lineManagement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EarlierReviewRequest request = contracts.checkEarlierReviewRequest((String) execution.getVariable(Var.REQUESTER_ID),
        execution.getVariable(Var.SUPERVISEE_ID), execution.getVariable(Var.REVIEW_REASON));
    execution.setProcessBusinessKey(request.superviseeId());
    if (!contractProcess.requestEarlierReview(request.superviseeId())) {
      throw new SubmissionRejectedException("superviseeId", "A review of this contract is already under way");
    }
    notifications.notify(request.otherPartyId(), "Supervision contract review requested",
        lineManagement.nameOf(request.requesterId()) + " has asked for the supervision contract of "
            + lineManagement.nameOf(request.superviseeId()) + " to be reviewed now: " + request.reason());
  }
}
