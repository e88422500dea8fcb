package org.socialcare.supervision.contract;

/**
 * What the supervisor's drafting form starts from: the parties, the policy minimum and proposed
 * terms (the policy's, or the contract under review).
 */
public record ContractDraft(String superviseeId, String superviseeName, String supervisorId, String supervisorName,
    PolicyFrequency policy, ContractTerms proposedTerms) {
}
