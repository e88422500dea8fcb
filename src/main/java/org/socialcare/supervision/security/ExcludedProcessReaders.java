package org.socialcare.supervision.security;

import java.util.Set;

/**
 * People who must not read a process although they would by default (the subject's supervisor,
 * for instance, may not read a concern about their own supervision practice). The feature that
 * runs such a process provides one as a Spring bean; {@link ProcessAccessGrants} leaves them out.
 */
public interface ExcludedProcessReaders {

  /** Who must not read the process of this definition key about this business key; empty when none. */
  Set<String> excludedReadersOf(String processDefinitionKey, String businessKey);
}
