package org.socialcare.supervision.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before each authorization check the engine narrows the user's groups to those named by some
 * grant, and to know those it reads {@code select distinct GROUP_ID_} over the whole authorization
 * table, once per command. Our grants are per person and per process (hundreds of rows per member
 * of staff, nearly all of them a user's), so that read grew with the organisation and its history
 * and came to dominate every Tasklist request and every step (BENCHMARKS.md, "What the figures changed";
 * camunda-bpm-platform issue 5485). Our people are in a handful of groups: the check is given
 * them as they are. A group no grant names matches no row, so the answers are the same.
 */
@Component
class AuthenticatedGroupsAsTheyAre extends AbstractProcessEnginePlugin {

  /** Above this many groups the engine's narrowing keeps the check's list of groups short. */
  static final int MOST_GROUPS_UNFILTERED = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Manager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MOST_GROUPS_UNFILTERED) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }
  }
}
