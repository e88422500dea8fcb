package org.socialcare.supervision.security;

import java.util.Set;

/**
 * Who may read a process about a group of people rather than one person: its business key names
 * the group, not a person. The feature that runs such processes provides one as a Spring bean, and
 * {@link ProcessAccessGrants} grants read access to the readers it names.
 */
public interface GroupProcessReaders {

  /** The readers of the process with this business key; empty when the key is not this feature's. */
  Set<String> readersOf(String businessKey);
}
