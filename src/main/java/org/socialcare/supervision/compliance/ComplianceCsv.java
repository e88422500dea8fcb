package org.socialcare.supervision.compliance;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.socialcare.supervision.common.SpreadsheetCells;
import org.springframework.stereotype.Component;

/**
 * The compliance report as CSV, one row per person, for managers' own spreadsheets; text a
 * spreadsheet would run as a formula is shown as typed ({@link SpreadsheetCells}).
 */
@Component
public class ComplianceCsv {

  static final String[] HEADER = {"User id", "Name", "Job title", "Team", "Service", "Supervisor", "RAG", "Reasons",
      "Contract frequency", "Contract review date", "Policy frequency", "Last supervision", "Next booked",
      "Next due by", "Sessions held (12 months)", "Sessions of 1.5 hours", "Hours", "Contract asks for",
      "Policy minimum", "Consecutive months missed", "ASYE periods due", "ASYE periods met", "Open actions",
      "Overdue actions", "Cases held", "Cases overdue for discussion", "Last audit", "Last audit judgement"};

  public String write(ComplianceReport report) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
      for (StaffCompliance p : report.people()) {
        StaffCompliance.Person person = p.person();
        csv.printRecord(SpreadsheetCells.row(person.userId(), person.name(), person.jobTitle(), person.teamName(), person.serviceName(),
            person.supervisorName(), p.rag(), String.join("; ", p.reasons()),
            p.contract() == null ? "" : p.contract().frequency().label(),
            p.contract() == null ? "" : p.contract().reviewDate(), p.policyFrequency().label(), blank(p.lastHeldOn()),
            blank(p.nextBookedAt()), blank(p.nextDueBy()), p.sessionsHeld(), p.qualifyingSessions(),
            String.format(Locale.ROOT, "%.1f", p.hoursHeld()), p.expectedSessions(), p.minimumSessions(),
            p.consecutiveMissedMonths(), p.asye() == null ? "" : p.asye().periodsDue(),
            p.asye() == null ? "" : p.asye().periodsMet(), p.openActions(), p.overdueActions(), p.casesHeld(),
            p.overdueCases().size(), p.lastAudit() == null ? "" : p.lastAudit().auditedOn(),
            p.lastAudit() == null ? "" : p.lastAudit().judgement()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the compliance CSV", e);
    }
    return out.toString();
  }

  private static Object blank(Object value) {
    return value == null ? "" : value;
  }
}
