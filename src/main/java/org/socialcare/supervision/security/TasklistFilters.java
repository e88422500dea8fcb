package org.socialcare.supervision.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every member of staff sees: their own tasks, their groups' tasks, what is
 * due this week and what is overdue. Created once; a filter an administrator has edited is kept.
 */
@Component
public class TasklistFilters {

  /** The variable the filters show as "About": whom a task is about, as a person reads it. */
  public static final String ABOUT = "superviseeName";

  private static final List<Map<String, String>> COLUMNS = List.of(Map.of("name", ABOUT, "label", "About"));

  private final FilterService filters;
  private final TaskService tasks;
  private final GroupAuthorizations groupAuthorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, GroupAuthorizations groupAuthorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.groupAuthorizations = groupAuthorizations;
  }

  public void createMissing() {
    create("My tasks", "Tasks assigned to me", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create("Due this week", "My tasks due in the next 7 days", -5,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}").orderByDueDate().asc());
    create("Overdue", "My tasks past their due date", -3,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
    create("My group's tasks", "Unassigned tasks for a group I belong to", 0,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
            .orderByDueDate().asc());
  }

  private void create(String name, String description, int priority, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("variables", COLUMNS);
      filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
      filters.saveFilter(filter);
    }
    groupAuthorizations.grant(Groups.STAFF, Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
