package org.socialcare.supervision.compliance;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The printable monthly report of one service (seed 002: "The frequency of supervision will be
 * monitored ... visible by the Heads of Service for their Service"): the RAG of each person with the
 * reasons, and the 12-month trend.
 */
@Component
public class MonthlyCompliancePdf {

  public static final String CONTENT_TYPE = "application/pdf";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);

  public byte[] render(String serviceName, YearMonth month, ComplianceReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Supervision compliance " + serviceName + " " + month);
      document.open();
      document.add(new Paragraph("Supervision compliance: " + serviceName + ", " + MONTH.format(month), TITLE));
      var counts = report.countByRag();
      document.add(new Paragraph("As on " + report.asOf() + ". " + report.people().size() + " people: "
          + counts.get(Rag.RED) + " red, " + counts.get(Rag.AMBER) + " amber, " + counts.get(Rag.GREEN) + " green.",
          BODY));

      document.add(spaced(new Paragraph("Supervised in each month (contracted at least monthly)", HEADING)));
      PdfPTable trend = table(report.months().size());
      report.months().forEach(m -> cell(trend, m.month().toString(), HEADING));
      report.months().forEach(m -> cell(trend, m.percent() == null ? "-"
          : m.percent() + "% (" + m.supervised() + "/" + m.expected() + ")", BODY));
      document.add(trend);

      document.add(spaced(new Paragraph("People", HEADING)));
      PdfPTable people = table(9);
      people.setWidths(new float[] {14, 12, 6, 9, 8, 7, 6, 6, 32});
      for (String heading : new String[] {"Name", "Team", "RAG", "Last supervision", "Sessions (min.)",
          "Months missed", "Overdue actions", "Overdue cases", "Reasons"}) {
        cell(people, heading, HEADING);
      }
      for (StaffCompliance p : report.people()) {
        cell(people, p.person().name(), BODY);
        cell(people, p.person().teamName() == null ? "-" : p.person().teamName(), BODY);
        cell(people, p.rag().name(), BODY);
        cell(people, p.lastHeldOn() == null ? "none" : p.lastHeldOn().toString(), BODY);
        cell(people, p.qualifyingSessions() + " (" + p.minimumSessions() + ")", BODY);
        cell(people, String.valueOf(p.consecutiveMissedMonths()), BODY);
        cell(people, String.valueOf(p.overdueActions()), BODY);
        cell(people, String.valueOf(p.overdueCases().size()), BODY);
        cell(people, p.reasons().isEmpty() ? "-" : String.join("; ", p.reasons()), BODY);
      }
      document.add(people);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the monthly compliance report", e);
    }
    return out.toByteArray();
  }

  private static Paragraph spaced(Paragraph paragraph) {
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  private static PdfPTable table(int columns) {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    return table;
  }

  private static void cell(PdfPTable table, String text, Font font) {
    table.addCell(new Paragraph(text, font));
  }
}
