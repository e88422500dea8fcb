package org.socialcare.supervision.common;

import java.util.Map;
import java.util.function.Supplier;

/**
 * How a test reaches each form of a feature's processes, and a valid submission of it: one Spring
 * bean per feature in its test package (see {@code contract.ContractFormScenarios}). With it,
 * {@link RequiredFormFieldsTest} submits every form once without each field the form marks as
 * required, through the engine, and expects the server to reject it.
 */
public interface FormScenarios {

  /**
   * For every user task and start event with a form: "process-key/ElementId" and how to bring a
   * fresh process to that form.
   */
  Map<String, Supplier<OpenForm>> forms();
}
