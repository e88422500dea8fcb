package org.socialcare.supervision.leaver;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.notification.Notification;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.session.SessionSchedule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

/**
 * What the supervisor-change and leaver tests share: a session brought to its recording, and what a
 * user can see of a person's file through the engine (as Tasklist and Cockpit ask) and over HTTP.
 */
@Component
class LeaverFixture {

  private final ProcessEngine engine;
  private final ContractFixture contracts;
  private final SessionSchedule schedule;
  private final NotificationRepository notifications;
  private final ObjectProvider<TestRestTemplate> rest;

  LeaverFixture(ProcessEngine engine, ContractFixture contracts, SessionSchedule schedule,
      NotificationRepository notifications, ObjectProvider<TestRestTemplate> rest) {
    this.engine = engine;
    this.contracts = contracts;
    this.schedule = schedule;
    this.notifications = notifications;
    this.rest = rest;
  }

  /** A contract in force from 2 March 2026 and its first session at its time, 2 April 2026, waiting to be recorded. */
  ProcessInstance firstSessionAtRecording(String superviseeId) {
    contracts.inForce(superviseeId);
    ProcessInstance session = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(schedule.scheduleOf(superviseeId).get(0).getProcessInstanceId()).singleResult();
    moveClockTo(LocalDateTime.of(2026, 4, 2, 10, 0));
    execute(job(session));
    execute(job("BoundaryEvent_SessionTimeReached", session));
    moveClockTo(LocalDateTime.of(2026, 4, 2, 12, 0));
    return session;
  }

  static Map<String, Object> heldRecord() {
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", "2026-04-02");
    values.put("durationMinutes", 90);
    values.put("workloadManagement", "Caseload reviewed");
    values.put("supervisorComments", "A reflective session");
    return values;
  }

  static void moveClockTo(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }

  List<ProcessInstance> processesAbout(String businessKey, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).list();
  }

  long instancesAbout(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .count();
  }

  long historicTasksAbout(String businessKey) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).count();
  }

  long readableInstancesAbout(String userId, String businessKey) {
    return asUser(userId, () -> instancesAbout(businessKey));
  }

  long readableHistoricTasksAbout(String userId, String businessKey) {
    return asUser(userId, () -> historicTasksAbout(businessKey));
  }

  long readableTasksAbout(String userId, String businessKey) {
    return asUser(userId, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .count());
  }

  long readableRunningInstancesAbout(String userId, String businessKey) {
    return asUser(userId, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count());
  }

  HttpStatusCode restStatus(String userId, String path) {
    return rest.getObject().withBasicAuth(userId, TestOrganisation.PASSWORD).getForEntity(path, byte[].class)
        .getStatusCode();
  }

  <T> T restGet(String userId, String path, Class<T> type) {
    return rest.getObject().withBasicAuth(userId, TestOrganisation.PASSWORD).getForEntity(path, type).getBody();
  }

  List<String> notificationsTo(String userId) {
    return notifications.findAll().stream().filter(n -> userId.equals(n.getRecipientId()))
        .map(Notification::getSubject).toList();
  }

  List<Notification> notificationsWithAttachmentsTo(String userId) {
    return notifications.findAll().stream().filter(n -> userId.equals(n.getRecipientId())).toList();
  }

  /** As Tasklist and Cockpit ask the engine for this user: with their groups and so their authorizations. */
  <T> T asUser(String userId, Supplier<T> call) {
    return ProcessTestCase.asUser(engine, userId, call);
  }
}
