package org.socialcare.supervision.contract;

/**
 * The minimum the policy demands for one person on one day, as the decision
 * {@code supervision-frequency} answers it.
 *
 * @param durationMinutes null where the policy says "as required"
 * @param alternateGroupAndIndividual group and individual sessions alternate (table note **)
 */
public record PolicyFrequency(SupervisionFrequency frequency, Integer durationMinutes, SupervisionFormat format,
    boolean alternateGroupAndIndividual, String rule) {
}
