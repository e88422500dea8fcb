package org.socialcare.supervision.audit;

public enum AuditStatus {
  OPEN,
  COMPLETED
}
