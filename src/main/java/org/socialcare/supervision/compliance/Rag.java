package org.socialcare.supervision.compliance;

/**
 * Red, amber or green: whether a person's supervision meets the policy. The rules are in
 * {@link RagRules}; the README section "Supervision compliance in Cockpit" lists them for managers.
 */
public enum Rag {
  /** The policy is met. */
  GREEN,
  /** At risk: something is due or overdue that does not yet breach the policy. */
  AMBER,
  /** The policy is breached. */
  RED
}
