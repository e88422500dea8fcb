package org.socialcare.supervision.session;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.notification.Attachment;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The supervision record as the PDF the supervisee keeps (Appendix 2 layout, with both signatures). */
@Component
@Transactional(readOnly = true)
public class RecordPdf {

  public static final String CONTENT_TYPE = "application/pdf";

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

  private final SessionRecording recording;
  private final LineManagement lineManagement;
  private final ObjectProvider<RecordAddenda> addenda;

  RecordPdf(SessionRecording recording, LineManagement lineManagement, ObjectProvider<RecordAddenda> addenda) {
    this.recording = recording;
    this.lineManagement = lineManagement;
    this.addenda = addenda;
  }

  public byte[] render(Long recordId) {
    SupervisionRecord record = recording.record(recordId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Supervision record " + record.getHeldOn());
      document.open();
      document.add(new Paragraph(record.getTemplate() == RecordTemplate.MANAGER
          ? "Managers' supervision record" : "Supervision record", TITLE));
      document.add(new Paragraph(record.isLocked() ? "Signed by both and locked on " + record.getLockedAt().toLocalDate()
          : "DRAFT - not yet signed by both", SMALL));
      if (record.getCorrection() != null) {
        document.add(heading("Correction of the record signed earlier"));
        document.add(new Paragraph(record.getCorrection(), BODY));
      }
      PdfPTable details = table(2);
      row(details, "Name of supervisee", lineManagement.nameOf(record.getSuperviseeId()));
      row(details, "Name of supervisor", lineManagement.nameOf(record.getSupervisorId()));
      row(details, "Date of this supervision", record.getHeldOn() + " (" + record.getDurationMinutes() + " minutes)");
      row(details, "Date of last supervision", record.getLastHeldOn() == null ? "none recorded"
          : record.getLastHeldOn().toString());
      row(details, "Comments on the gap", record.getGapComment() == null ? "-" : record.getGapComment());
      document.add(details);
      for (RecordSection section : recording.sectionsOf(recordId)) {
        document.add(heading(section.getHeading()));
        document.add(new Paragraph("Issues discussed: " + (section.getDiscussed() == null ? "-" : section.getDiscussed()),
            BODY));
        List<AgreedAction> sectionActions = recording.actionsOf(recordId).stream()
            .filter(action -> section.getHeading().equals(action.getSection())).toList();
        if (!sectionActions.isEmpty()) {
          document.add(actionsTable(sectionActions));
        }
      }
      List<CaseDiscussion> discussions = recording.caseDiscussionsOf(recordId);
      if (!discussions.isEmpty()) {
        document.add(heading("Case discussions (recorded on each child's file)"));
        for (CaseDiscussion discussion : discussions) {
          PdfPTable caseTable = table(2);
          row(caseTable, "Child's case", discussion.getCaseReference() + ", discussed " + discussion.getDiscussedOn());
          row(caseTable, "Current issues / situation", discussion.getCurrentSituation());
          row(caseTable, "Reflection", discussion.getReflection());
          row(caseTable, "Analysis", discussion.getAnalysis());
          row(caseTable, "Actions", discussion.getActions());
          document.add(caseTable);
        }
      }
      document.add(heading("Supervisor's comments"));
      document.add(new Paragraph(orDash(record.getSupervisorComments()), BODY));
      document.add(heading("Supervisee's comments"));
      document.add(new Paragraph(orDash(record.getSuperviseeComments()), BODY));
      document.add(heading("Date and time of next supervision"));
      document.add(new Paragraph(record.getNextSessionAt() == null ? "not yet booked"
          : SessionTimes.display(record.getNextSessionAt()), BODY));
      document.add(Chunk.NEWLINE);
      PdfPTable signatures = table(2);
      row(signatures, "Signed supervisee", lineManagement.nameOf(record.getSuperviseeId()) + "   Date: "
          + orDash(record.getSuperviseeSignedOn()));
      row(signatures, "Signed supervisor", lineManagement.nameOf(record.getSupervisorId()) + "   Date: "
          + orDash(record.getSupervisorSignedOn()));
      document.add(signatures);
      List<RecordAddenda.Addendum> added = addenda.orderedStream()
          .flatMap(source -> source.addendaOf(recordId).stream()).toList();
      if (!added.isEmpty()) {
        document.add(heading("Added to this record since it was written"));
        PdfPTable additions = table(2);
        added.forEach(addendum -> row(additions, addendum.heading(), addendum.text()));
        document.add(additions);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write the supervision record as PDF", e);
    }
    return out.toByteArray();
  }

  public Attachment attachmentFor(Long recordId) {
    SupervisionRecord record = recording.record(recordId);
    return new Attachment("supervision-record-" + record.getSuperviseeId() + "-" + record.getHeldOn() + ".pdf",
        CONTENT_TYPE, render(recordId));
  }

  private PdfPTable actionsTable(List<AgreedAction> actions) {
    PdfPTable table = table(3);
    table.addCell(new Paragraph("Agreed action", HEADING));
    table.addCell(new Paragraph("Whom", HEADING));
    table.addCell(new Paragraph("When", HEADING));
    for (AgreedAction action : actions) {
      table.addCell(new Paragraph(action.getDescription(), BODY));
      table.addCell(new Paragraph(lineManagement.nameOf(action.getOwnerId()), BODY));
      table.addCell(new Paragraph(action.getDueOn().toString(), BODY));
    }
    return table;
  }

  private static PdfPTable table(int columns) {
    PdfPTable table = new PdfPTable(columns);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(new Paragraph(label, HEADING));
    table.addCell(new Paragraph(value, BODY));
  }

  private static Paragraph heading(String text) {
    Paragraph paragraph = new Paragraph(text, HEADING);
    paragraph.setSpacingBefore(10);
    return paragraph;
  }

  private static String orDash(Object value) {
    return value == null ? "-" : value.toString();
  }
}
