package org.socialcare.supervision.leaver;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An archived record as a PDF of labelled fields, for the kinds that have no print layout of their
 * own (a supervision record uses the one the supervisee signed, {@code session.RecordPdf}).
 */
public final class ArchivePdf {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8);

  private final String title;
  private final Map<String, String> rows = new LinkedHashMap<>();

  private ArchivePdf(String title) {
    this.title = title;
  }

  public static ArchivePdf titled(String title) {
    return new ArchivePdf(title);
  }

  public ArchivePdf row(String label, Object value) {
    rows.put(label, value == null || value.toString().isBlank() ? "-" : value.toString());
    return this;
  }

  public byte[] render() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      document.add(new Paragraph(title, TITLE));
      document.add(new Paragraph("Archived supervision file - the property of the Directorate (seed 001, 5)", SMALL));
      PdfPTable table = new PdfPTable(new float[] {1, 3});
      table.setWidthPercentage(100);
      table.setSpacingBefore(8);
      rows.forEach((label, value) -> {
        table.addCell(new Paragraph(label, LABEL));
        table.addCell(new Paragraph(value, BODY));
      });
      document.add(table);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot write " + title + " as PDF", e);
    }
    return out.toByteArray();
  }
}
