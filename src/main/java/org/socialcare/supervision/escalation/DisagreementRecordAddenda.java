package org.socialcare.supervision.escalation;

import java.util.List;
import org.socialcare.supervision.session.RecordAddenda;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows the disagreements recorded on a supervision record (service manager and team manager) with the record. */
@Component
@Transactional(readOnly = true)
class DisagreementRecordAddenda implements RecordAddenda {

  private final RecordAddendumRepository addenda;

  DisagreementRecordAddenda(RecordAddendumRepository addenda) {
    this.addenda = addenda;
  }

  @Override
  public List<Addendum> addendaOf(Long recordId) {
    return addenda.findByRecordIdOrderById(recordId).stream()
        .map(addendum -> new Addendum(addendum.getHeading(), addendum.getText()))
        .toList();
  }
}
