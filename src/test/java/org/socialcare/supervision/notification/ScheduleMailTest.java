package org.socialcare.supervision.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** With a mail server configured, both parties get the booked schedule as an iCalendar attachment. */
// A context of its own, so an engine of its own name: "default" stays the shared test context's (its REST API).
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
    "camunda.bpm.process-engine-name=scheduleMailTest"})
@ActiveProfiles("test")
class ScheduleMailTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractFixture contracts;
  @Autowired
  ProcessEngine engine;
  @Autowired
  StaffRepository staff;

  @Test
  void theBookedScheduleIsMailedToBothAsAnICalendarFile() throws Exception {
    BpmnAwareTests.init(engine);
    People people = organisation.create(LocalDate.now());
    contracts.inForce(people.practitioner());

    String superviseeEmail = staff.findById(people.practitioner()).orElseThrow().getEmail();
    String supervisorEmail = staff.findById(people.teamManager()).orElseThrow().getEmail();
    List<MimeMessage> schedules = new ArrayList<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      if (message.getSubject().equals("Supervision schedule booked")) {
        schedules.add(message);
      }
    }
    assertThat(schedules).extracting(message -> message.getAllRecipients()[0].toString())
        .containsExactlyInAnyOrder(superviseeEmail, supervisorEmail);
    Multipart parts = (Multipart) schedules.get(0).getContent();
    BodyPart calendar = null;
    for (int i = 0; i < parts.getCount(); i++) {
      if (("supervision-schedule-" + people.practitioner() + ".ics").equals(parts.getBodyPart(i).getFileName())) {
        calendar = parts.getBodyPart(i);
      }
    }
    assertThat(calendar).as("the .ics attachment").isNotNull();
    assertThat(calendar.getContentType()).startsWith("text/calendar");
    String ics = new String(calendar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Supervision: Pat Practitioner with Tess Team");
  }
}
