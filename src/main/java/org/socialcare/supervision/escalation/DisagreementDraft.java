package org.socialcare.supervision.escalation;

/** A disagreement as raised and checked, before it is stored: who, about which record, and what each side holds. */
record DisagreementDraft(String superviseeId, String supervisorId, String raisedBy, Long recordId, String decision,
    String superviseePosition, String supervisorPosition, String atStake) {
}
