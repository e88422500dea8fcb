package org.socialcare.supervision.compliance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.compliance.ComplianceAccess.ScopeOption;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.ServiceArea;
import org.socialcare.supervision.organisation.ServiceAreaRepository;
import org.springframework.stereotype.Component;

/**
 * What the Cockpit view and its downloads show a viewer, after {@link ComplianceAccess} has said
 * they may see it: the report of a scope, a person's file with their running processes, the CSV
 * and the monthly PDF of a service.
 */
@Component
public class ComplianceViews {

  /** A file to download. */
  public record Download(String filename, String contentType, byte[] content) {
  }

  private final ComplianceService compliance;
  private final ComplianceAccess access;
  private final ComplianceCsv csv;
  private final MonthlyCompliancePdf pdf;
  private final LineManagement lineManagement;
  private final ServiceAreaRepository services;
  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final ObjectMapper json;

  ComplianceViews(ComplianceService compliance, ComplianceAccess access, ComplianceCsv csv, MonthlyCompliancePdf pdf,
      LineManagement lineManagement, ServiceAreaRepository services, RuntimeService runtimeService,
      SystemAccess systemAccess, ObjectMapper json) {
    this.compliance = compliance;
    this.access = access;
    this.csv = csv;
    this.pdf = pdf;
    this.lineManagement = lineManagement;
    this.services = services;
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.json = json;
  }

  /** Who is looking and the scopes they may choose; refused to anyone who may see none. */
  public String access(String viewerId) {
    List<ScopeOption> scopes = access.scopesFor(viewerId);
    if (scopes.isEmpty()) {
      throw new ComplianceAccessDenied(viewerId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("viewer", viewerId);
    body.put("viewerName", lineManagement.nameOf(viewerId));
    body.put("scopes", scopes.stream().map(option -> Map.of("kind", option.scope().kind().name(),
        "code", option.scope().code() == null ? "" : option.scope().code(), "name", option.name())).toList());
    return write(body);
  }

  public String report(String viewerId, String kind, String code) {
    ComplianceReport report = compliance.report(permitted(viewerId, kind, code));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asOf", report.asOf());
    body.put("scope", report.scope());
    body.put("counts", report.countByRag());
    body.put("months", report.months().stream().map(month -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("month", month.month().toString());
      row.put("expected", month.expected());
      row.put("supervised", month.supervised());
      row.put("percent", month.percent());
      return row;
    }).toList());
    body.put("people", report.people());
    return write(body);
  }

  /** A person's file, and the processes running about them (links into Cockpit). */
  public String person(String viewerId, String userId) {
    if (!access.may(viewerId, ComplianceScope.person(userId))) {
      throw new ComplianceAccessDenied(viewerId);
    }
    PersonHistory history;
    try {
      history = compliance.historyOf(userId, compliance.today());
    } catch (IllegalArgumentException e) {
      throw new ComplianceAccessDenied(viewerId);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("history", history);
    body.put("processes", systemAccess.run(() -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(userId).active().list()).stream()
        .map(instance -> Map.of("id", instance.getId(),
            "processKey", instance.getProcessDefinitionId().split(":")[0],
            "cockpit", "#/process-instance/" + instance.getId() + "/runtime"))
        .toList());
    return write(body);
  }

  public Download csv(String viewerId, String kind, String code) {
    ComplianceScope scope = permitted(viewerId, kind, code);
    ComplianceReport report = compliance.report(scope);
    return new Download("supervision-compliance-" + (scope.code() == null ? "all" : scope.code()) + "-"
        + report.asOf() + ".csv", "text/csv; charset=UTF-8", csv.write(report).getBytes(StandardCharsets.UTF_8));
  }

  /** The month's report of one service, as on its last day (or today, for the month under way). */
  public Download monthlyPdf(String viewerId, String serviceCode, String monthText) {
    ComplianceScope scope = permitted(viewerId, ComplianceScope.Kind.SERVICE.name(), serviceCode);
    LocalDate today = compliance.today();
    YearMonth month;
    try {
      month = monthText == null || monthText.isBlank() ? YearMonth.from(today).minusMonths(1) : YearMonth.parse(monthText);
    } catch (DateTimeParseException e) {
      month = YearMonth.from(today).minusMonths(1);
    }
    LocalDate asOf = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
    String serviceName = services.findById(serviceCode).map(ServiceArea::getName).orElse(serviceCode);
    return new Download("supervision-compliance-" + serviceCode + "-" + month + ".pdf", MonthlyCompliancePdf.CONTENT_TYPE,
        pdf.render(serviceName, month, compliance.report(scope, asOf)));
  }

  /** The scope asked for, or the viewer's widest when none is named; refused unless within what they may see. */
  private ComplianceScope permitted(String viewerId, String kind, String code) {
    ComplianceScope scope;
    if (kind == null || kind.isBlank()) {
      scope = access.widestScopeOf(viewerId).orElseThrow(() -> new ComplianceAccessDenied(viewerId));
    } else {
      try {
        ComplianceScope.Kind parsed = ComplianceScope.Kind.valueOf(kind);
        scope = new ComplianceScope(parsed, parsed == ComplianceScope.Kind.EVERYONE ? null : code);
      } catch (IllegalArgumentException e) {
        throw new ComplianceAccessDenied(viewerId);
      }
    }
    if (scope.kind() == ComplianceScope.Kind.PERSON || !access.may(viewerId, scope)) {
      throw new ComplianceAccessDenied(viewerId);
    }
    return scope;
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write compliance as JSON", e);
    }
  }
}
