package org.socialcare.supervision.action;

import java.time.LocalDate;

/** An action as agreed on a record: what, who, by when (Appendix 2, "agreed action / when / whom"). */
public record ActionDraft(String section, String what, String ownerId, LocalDate dueOn) {
}
