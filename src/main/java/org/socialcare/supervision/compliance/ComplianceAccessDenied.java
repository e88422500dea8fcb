package org.socialcare.supervision.compliance;

/** The viewer may not see what they asked for; answered 403 whatever it was, so nothing can be probed. */
public class ComplianceAccessDenied extends RuntimeException {

  public ComplianceAccessDenied(String viewerId) {
    super(viewerId + " may not see this supervision compliance");
  }
}
