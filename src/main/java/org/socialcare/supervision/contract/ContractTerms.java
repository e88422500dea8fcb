package org.socialcare.supervision.contract;

import java.time.LocalDate;

/** What a supervision contract agrees (seed 001, section 10 and Appendix 1). */
public record ContractTerms(
    SupervisionFormat format,
    SupervisionFrequency frequency,
    int durationMinutes,
    String keyTasks,
    String standards,
    LocalDate reviewDate,
    String disagreementManagerId) {
}
