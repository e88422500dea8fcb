package org.socialcare.supervision.session;

import java.util.List;
import org.socialcare.supervision.organisation.Position;

/**
 * The sections of a supervision record: Appendix 2 for practitioners, the managers' supervision
 * agenda (Appendix 5) for managers. The keys are the record forms' field keys.
 */
public enum RecordTemplate {
  PRACTITIONER("UserTask_RecordSession", List.of(
      new Section("workloadManagement",
          "1. Workload management (quality assurance issues, workload weighting, performance management)"),
      new Section("professionalDevelopment",
          "2. Professional development issues (training, induction training needs, career development issues)"),
      new Section("healthAndSupport", "3. Staff health, emotional or support issues (any factors affecting "
          + "performance, health and safety issues, stress-related issues, absence from work, equal opportunities)"),
      new Section("otherIssues", "4. Any other issues (for example leave)"))),
  MANAGER("UserTask_RecordManagersSession", List.of(
      new Section("staffWelfare", "1. Staff welfare (including annual leave / flexi)"),
      new Section("lastMeetingMatters", "2. Review of last meeting and matters arising"),
      new Section("budget", "3. Budget and financial management"),
      new Section("teamPerformance", "4. Team performance data / management information"),
      new Section("agencyIssues", "5. Inter and intra agency issues; practice, learning and development for the team"),
      new Section("staffingIssues", "6. Staffing, employment and HR issues"),
      new Section("highRiskCases", "7. Individual high risk / need cases discussed"),
      new Section("complaints", "8. Complaints"),
      new Section("learningAndDevelopment", "9. Supervisee learning and development: review of standards, "
          + "objectives, core qualities, leadership and managerial framework to inform appraisal"),
      new Section("healthAndSafety", "10. Health and safety / risk assessments"),
      new Section("anyOtherBusiness", "11. Any other business")));

  /** One heading of the record: what was discussed under it is the form field {@code key}. */
  public record Section(String key, String heading) {
  }

  private final String recordTaskId;
  private final List<Section> sections;

  RecordTemplate(String recordTaskId, List<Section> sections) {
    this.recordTaskId = recordTaskId;
    this.sections = sections;
  }

  public List<Section> sections() {
    return sections;
  }

  /** The user task of {@code supervision-session} whose form has this template's sections. */
  public String recordTaskId() {
    return recordTaskId;
  }

  public static RecordTemplate forSupervisee(Position position) {
    return switch (position) {
      case TEAM_MANAGER, SERVICE_MANAGER, ASSISTANT_DIRECTOR, DIRECTOR -> MANAGER;
      default -> PRACTITIONER;
    };
  }
}
