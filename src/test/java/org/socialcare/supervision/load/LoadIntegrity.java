package org.socialcare.supervision.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialcare.supervision.load.LoadFigures.Completion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * After the load, with the application stopped, its H2 database read directly: every completion
 * the server confirmed is in the history as completed, and left exactly one record of what it
 * said - one contract per draft, both signatures on it and the schedule booked once, one record
 * per session recorded, its signatures, one signed copy sent to the supervisee, one agenda item
 * per agenda added. Answers what is wrong, empty when nothing is.
 */
final class LoadIntegrity {

  private final JdbcTemplate database;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Object> checked = new LinkedHashMap<>();

  private LoadIntegrity(JdbcTemplate database) {
    this.database = database;
  }

  static LoadIntegrity check(Path applicationDirectory, List<Completion> completions) {
    String url = "jdbc:h2:file:" + applicationDirectory.resolve("data/supervision").toAbsolutePath();
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
    try {
      LoadIntegrity integrity = new LoadIntegrity(new JdbcTemplate(dataSource));
      integrity.completionsAreInTheHistory(completions);
      integrity.contracts(completions);
      integrity.records(completions);
      integrity.agendas(completions);
      return integrity;
    } finally {
      dataSource.destroy();
    }
  }

  List<String> problems() {
    return problems;
  }

  Map<String, Object> checked() {
    return checked;
  }

  private void completionsAreInTheHistory(List<Completion> completions) {
    int completed = 0;
    for (Completion completion : completions) {
      completed += database.queryForObject("select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null"
          + " and delete_reason_ = 'completed'", Integer.class, completion.taskId());
    }
    expect("completions confirmed to users, completed in the history", completions.size(), completed);
    checked.put("tasksCompleted", completions.size());
  }

  private void contracts(List<Completion> completions) {
    Set<String> drafted = instancesOf(completions, "UserTask_DraftContract");
    for (String instance : drafted) {
      expect("contract rows of drafted contract " + instance, 1, count("select count(*) from supervision_contract"
          + " where process_instance_id = ?", instance));
    }
    Set<String> signedByBoth = instancesOf(completions, "UserTask_SupervisorSignsContract");
    signedByBoth.retainAll(instancesOf(completions, "UserTask_SuperviseeSignsContract"));
    for (String instance : signedByBoth) {
      expect("contracts in force, signed by both in " + instance, 1, count("select count(*) from supervision_contract"
          + " where process_instance_id = ? and status = 'IN_FORCE' and supervisor_signed_on is not null"
          + " and supervisee_signed_on is not null", instance));
      expect("sessions booked twice for the same time, contract of " + instance, 0, count("""
          select count(*) from (select s.scheduled_at from booked_session s
            join supervision_contract c on c.id = s.contract_id
            where c.process_instance_id = ? group by s.scheduled_at having count(*) > 1) doubled""", instance));
    }
    expect("supervisees with two contracts in force", 0, count("""
        select count(*) from (select supervisee_id from supervision_contract where status = 'IN_FORCE'
          group by supervisee_id having count(*) > 1) doubled"""));
    checked.put("contractsDrafted", drafted.size());
    checked.put("contractsSignedByBoth", signedByBoth.size());
    checked.put("sessionsBookedForThem", signedByBoth.isEmpty() ? 0 : count("select count(*) from booked_session s"
        + " join supervision_contract c on c.id = s.contract_id where c.process_instance_id in ("
        + signedByBoth.stream().map(i -> "'" + i + "'").collect(Collectors.joining(",")) + ")"));
  }

  private void records(List<Completion> completions) {
    Set<String> recorded = instancesOf(completions, "UserTask_RecordSession");
    recorded.addAll(instancesOf(completions, "UserTask_RecordManagersSession"));
    for (String instance : recorded) {
      expect("records of session " + instance, 1, count("select count(*) from supervision_record"
          + " where process_instance_id = ?", instance));
    }
    for (String instance : instancesOf(completions, "UserTask_SuperviseeSignsRecord")) {
      expect("records signed by the supervisee in " + instance, 1, count("select count(*) from supervision_record"
          + " where process_instance_id = ? and supervisee_signed_on is not null", instance));
    }
    Set<String> signed = instancesOf(completions, "UserTask_SupervisorSignsRecord");
    for (String instance : signed) {
      expect("records signed by both and locked in " + instance, 1, count("select count(*) from supervision_record"
          + " where process_instance_id = ? and status = 'SIGNED' and locked_at is not null", instance));
      expect("signed copies sent to the supervisee, session " + instance, 1, count("""
          select count(*) from notification n join supervision_record r on n.recipient_id = r.supervisee_id
          where r.process_instance_id = ? and n.attachment_name is not null
            and n.body like concat('%/api/records/', r.id, '/pdf%')""", instance));
    }
    checked.put("sessionsRecorded", recorded.size());
    checked.put("recordsSignedByBoth", signed.size());
  }

  private void agendas(List<Completion> completions) {
    int added = 0;
    for (Completion completion : completions) {
      if (TaskAnswers.AGENDA_TASKS.contains(completion.taskDefinitionKey())) {
        added++;
        expect("agenda items of " + completion.user() + " in " + completion.processInstanceId(), 1, count("""
            select count(*) from agenda_item a join booked_session s on s.id = a.session_id
            where s.process_instance_id = ? and a.added_by = ? and a.item = ?""", completion.processInstanceId(),
            completion.user(), TaskAnswers.AGENDA_ITEM));
      }
    }
    checked.put("agendasAdded", added);
  }

  private static Set<String> instancesOf(List<Completion> completions, String taskDefinitionKey) {
    return completions.stream().filter(c -> c.taskDefinitionKey().equals(taskDefinitionKey))
        .map(Completion::processInstanceId).collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private int count(String sql, Object... arguments) {
    return database.queryForObject(sql, Integer.class, arguments);
  }

  private void expect(String what, int expected, int actual) {
    if (expected != actual) {
      problems.add(what + ": expected " + expected + ", found " + actual);
    }
  }
}
