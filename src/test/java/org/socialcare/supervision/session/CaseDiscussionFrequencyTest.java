package org.socialcare.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 002: "Managers must ensure that they discuss children as outlined in the table below as a minimum." */
class CaseDiscussionFrequencyTest extends ProcessTestCase {

  @Autowired
  CaseDiscussionFrequency frequency;

  @ParameterizedTest(name = "{0} opened {1}, last discussed {2}: next due {3}")
  @CsvSource(nullValues = "never", value = {
      // Assessment: review at 20 days and then monthly
      "ASSESSMENT,                   2026-01-10, never,      2026-01-30",
      "ASSESSMENT,                   2026-01-10, 2026-01-29, 2026-02-28",
      // Child Protection Plan and high-risk Looked After Child: monthly
      "CHILD_PROTECTION_PLAN,        2026-01-10, never,      2026-02-10",
      "CHILD_PROTECTION_PLAN,        2026-01-10, 2026-03-31, 2026-04-30",
      "LOOKED_AFTER_CHILD_HIGH_RISK, 2026-01-10, 2026-02-15, 2026-03-15",
      // Level 2, Child in Need, settled Looked After Child, Care Leaver 18-21: bi-monthly (every two months)
      "LEVEL_2,                      2026-01-10, never,      2026-03-10",
      "CHILD_IN_NEED,                2026-01-10, 2026-02-01, 2026-04-01",
      "LOOKED_AFTER_CHILD_SETTLED,   2026-01-10, 2026-02-01, 2026-04-01",
      "CARE_LEAVER_18_TO_21,         2026-01-10, 2026-02-01, 2026-04-01",
      // Care Leaver 21+: every 3 months
      "CARE_LEAVER_21_PLUS,          2026-01-10, never,      2026-04-10",
      "CARE_LEAVER_21_PLUS,          2026-01-10, 2026-02-01, 2026-05-01"})
  void aChildIsDueForDiscussionAtTheFrequencyItsInvolvementNeeds(NatureOfInvolvement nature, LocalDate openedOn,
      LocalDate lastDiscussedOn, LocalDate dueOn) {
    ChildCase child = new ChildCase("C1", nature, "someone", openedOn);
    assertThat(frequency.dueOn(child, lastDiscussedOn)).isEqualTo(dueOn);
  }
}
