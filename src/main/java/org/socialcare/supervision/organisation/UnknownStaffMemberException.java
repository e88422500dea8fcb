package org.socialcare.supervision.organisation;

public class UnknownStaffMemberException extends RuntimeException {

  public UnknownStaffMemberException(String userId) {
    super("No member of staff has the user id '" + userId + "'");
  }
}
