package org.socialcare.supervision.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.group.GroupSupervisionService.StepShares;

/** How the group supervision forms' values are read, without the engine. */
class GroupFormReadingTest {

  @Test
  void aDateAndTimeIsReadWithOrWithoutItsOffsetInTheApplicationsZone() {
    FieldErrors errors = new FieldErrors();
    OffsetDateTime withOffset = OffsetDateTime.parse("2026-03-10T10:00+01:00");

    assertThat(GroupSupervisionService.dateTime(errors, "startsAt", "Date and time", "2026-03-10T10:00+01:00"))
        .isEqualTo(withOffset.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime());
    assertThat(GroupSupervisionService.dateTime(errors, "startsAt", "Date and time", "2026-03-10 10:00"))
        .isEqualTo(LocalDateTime.of(2026, 3, 10, 10, 0));
    assertThat(errors.isEmpty()).isTrue();

    assertThat(GroupSupervisionService.dateTime(errors, "startsAt", "Date and time", "next Tuesday")).isNull();
    assertThat(errors.asMap()).containsEntry("startsAt", "Date and time must be a date and time (YYYY-MM-DDTHH:MM)");
  }

  @Test
  void aChecklistIsReadFromJsonTextOrAListAndMayNotBeEmpty() {
    FieldErrors errors = new FieldErrors();

    assertThat(GroupSupervisionService.userIds(errors, "presentIds", "Members present", "[\"a.b\", \"c.d\", \"a.b\"]"))
        .containsExactly("a.b", "c.d");
    assertThat(GroupSupervisionService.userIds(errors, "presentIds", "Members present", List.of("e.f")))
        .containsExactly("e.f");
    assertThat(errors.isEmpty()).isTrue();

    GroupSupervisionService.userIds(errors, "presentIds", "Members present", "[]");
    GroupSupervisionService.userIds(errors, "attendedIds", "Attendance", "a.b, c.d");
    assertThat(errors.asMap()).containsEntry("presentIds", "Members present is required")
        .containsEntry("attendedIds", "Attendance must be a list of user ids");
  }

  @Test
  void theStepsShareAllTheTimeAllowed() {
    assertThatThrownBy(() -> new StepShares(15, 20, 15, 30, 30)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add up to 100");
    assertThatThrownBy(() -> new StepShares(0, 20, 20, 30, 30)).isInstanceOf(IllegalArgumentException.class);
  }
}
