package org.socialcare.supervision.session;

import java.util.List;

/**
 * What other features add to a supervision record after it was written (a disagreement and its
 * resolution, for instance), shown with the record. A signed record never changes: additions are
 * kept apart, linked to it.
 */
public interface RecordAddenda {

  /** One addition: its heading and text. */
  record Addendum(String heading, String text) {
  }

  /** The additions to this record, oldest first. */
  List<Addendum> addendaOf(Long recordId);
}
