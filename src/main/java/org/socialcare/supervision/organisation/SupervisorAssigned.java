package org.socialcare.supervision.organisation;

/** A new supervisory relationship (seed 001, section 10): a contract must be drawn up. */
public record SupervisorAssigned(String superviseeId, String previousSupervisorId, String supervisorId) {
}
