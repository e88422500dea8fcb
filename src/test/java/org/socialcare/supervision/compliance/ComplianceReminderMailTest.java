package org.socialcare.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The reminders as mailed, read back from a real SMTP server, and sent once however often the job runs. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025"})
@ActiveProfiles("test")
class ComplianceReminderMailTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  TestOrganisation organisation;
  @Autowired
  SupervisionHistory history;
  @Autowired
  ComplianceReminders reminders;
  @Autowired
  StaffRepository staff;
  @Autowired
  ProcessEngine engine;

  People people;
  LocalDate today;
  String workerEmail;
  String supervisorEmail;
  LocalDateTime nextSession;
  String careLeaver;

  @BeforeEach
  void aWorkerWithSomethingOfEachKindDue() {
    BpmnAwareTests.init(engine);
    today = LocalDate.now();
    people = organisation.create(today);
    workerEmail = staff.findById(people.colleague()).orElseThrow().getEmail();
    supervisorEmail = staff.findById(people.teamManager()).orElseThrow().getEmail();
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        today.minusMonths(6), today.plusMonths(6));
    nextSession = today.plusDays(2).atTime(10, 0);
    history.booked(people.colleague(), people.teamManager(), contract, nextSession);
    history.awaitingSignatures(people.colleague(), people.teamManager(), today.minusDays(5));
    history.openAction(people.colleague(), people.colleague(), "Book the court skills course", today.minusDays(40),
        today.minusDays(2));
    careLeaver = "CL" + people.colleague();
    history.childCase(careLeaver, NatureOfInvolvement.CARE_LEAVER_21_PLUS, people.colleague(), today.minusYears(2));
    history.caseDiscussed(careLeaver, people.colleague(), people.teamManager(), today.minusDays(100));
  }

  @Test
  void eachKindOfReminderIsMailedWithTheScheduleWhereItHelpsToPlan() throws Exception {
    reminders.sendDue();

    List<MimeMessage> toWorker = to(workerEmail);
    assertThat(toWorker).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
        "Supervision on " + ComplianceReminders.time(nextSession),
        "Supervision record to sign (" + ComplianceReminders.day(today.minusDays(5)) + ")",
        "Overdue: agreed action",
        "Case " + careLeaver + " is due for discussion in supervision");
    assertThat(to(supervisorEmail)).extracting(MimeMessage::getSubject).contains(
        "Supervision on " + ComplianceReminders.time(nextSession),
        "Case " + careLeaver + " is due for discussion in supervision");

    MimeMessage session = withSubject(toWorker, "Supervision on ");
    String ics = attachment(session, "supervision-schedule-" + people.colleague() + ".ics");
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Supervision: Cal Colleague with Tess Team");
    // The supervisor's copy carries the same schedule (written once for both).
    assertThat(attachment(withSubject(to(supervisorEmail), "Supervision on "),
        "supervision-schedule-" + people.colleague() + ".ics")).isEqualTo(ics);
    assertThat(text(session)).contains("Supervision of Cal Colleague with Tess Team is booked for");
    assertThat(text(withSubject(toWorker, "Overdue: agreed action")))
        .contains("\"Book the court skills course\"", "is overdue; it was due on");
    MimeMessage careLeaverMail = withSubject(toWorker, "Case ");
    assertThat(text(careLeaverMail)).contains("Care Leaver 21 years +: every 3 months",
        "last discussed on " + ComplianceReminders.day(today.minusDays(100)));
    assertThat(attachment(careLeaverMail, "supervision-schedule-" + people.colleague() + ".ics"))
        .startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void aReminderIsSentOnceHoweverOftenTheJobRuns() throws Exception {
    reminders.sendDue();
    int toWorker = to(workerEmail).size();
    int toSupervisor = to(supervisorEmail).size();
    assertThat(toWorker).isEqualTo(4);

    reminders.sendDue();
    reminders.sendDue();

    assertThat(to(workerEmail)).hasSize(toWorker);
    assertThat(to(supervisorEmail)).hasSize(toSupervisor);
  }

  private List<MimeMessage> to(String email) throws Exception {
    List<MimeMessage> messages = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getAllRecipients()[0].toString().equals(email)) {
        messages.add(message);
      }
    }
    return messages;
  }

  private static MimeMessage withSubject(List<MimeMessage> messages, String start) throws Exception {
    for (MimeMessage message : messages) {
      if (message.getSubject().startsWith(start)) {
        return message;
      }
    }
    throw new AssertionError("No mail starting " + start);
  }

  private static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String text) {
      return text;
    }
    Multipart parts = (Multipart) content;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() == null) {
        Object inner = part.getContent();
        return inner instanceof Multipart nested ? nested.getBodyPart(0).getContent().toString() : inner.toString();
      }
    }
    throw new AssertionError("No text in " + message.getSubject());
  }

  private static String attachment(MimeMessage message, String filename) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (filename.equals(parts.getBodyPart(i).getFileName())) {
        assertThat(parts.getBodyPart(i).getContentType()).startsWith("text/calendar");
        return new String(parts.getBodyPart(i).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No attachment " + filename + " on " + message.getSubject());
  }
}
