package org.socialcare.supervision.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The fields of one form in {@code forms/} that Java reads, and what it reads them as. A feature
 * declares one per form as a {@code static final} constant beside the code that reads the form
 * (see {@code contract.ContractFormVariables}); the model checks fail when an analyst renames,
 * removes or retypes such a field in Camunda Modeler, or offers a choice the Java does not know.
 *
 * <pre>
 * static final FormFields DRAFT_FORM = FormFields.of("Form_DraftContract")
 *     .choice(Var.FREQUENCY, SupervisionFrequency.class)
 *     .number(Var.DURATION_MINUTES)
 *     .date(Var.REVIEW_DATE);
 * </pre>
 */
public final class FormFields {

  /** How Java reads a value, and the form-js components that submit it so. */
  public enum Type {
    TEXT("textfield", "textarea"),
    NUMBER("number"),
    /** A date picker ({@code datetime} of subtype {@code date}), submitted as "YYYY-MM-DD". */
    DATE("datetime"),
    BOOLEAN("checkbox"),
    /** One value out of a fixed list. */
    CHOICE("select", "radio"),
    /** A list of entries ({@code dynamiclist}), read by its {@code path}. */
    LIST("dynamiclist");

    private final Set<String> components;

    Type(String... components) {
      this.components = Set.of(components);
    }

    /** The form-js component types that submit a value Java can read as this type. */
    public Set<String> components() {
      return components;
    }
  }

  /**
   * One field: its key (the process variable), its type and, for a choice, every value Java accepts.
   */
  public record Field(String key, Type type, List<String> choices) {
  }

  private final String formId;
  private final List<Field> fields = new ArrayList<>();

  private FormFields(String formId) {
    this.formId = formId;
  }

  /** The declaration for the form whose id (Form_...) is given. */
  public static FormFields of(String formId) {
    return new FormFields(formId);
  }

  public FormFields text(String key) {
    return add(key, Type.TEXT, List.of());
  }

  public FormFields number(String key) {
    return add(key, Type.NUMBER, List.of());
  }

  public FormFields date(String key) {
    return add(key, Type.DATE, List.of());
  }

  public FormFields checkbox(String key) {
    return add(key, Type.BOOLEAN, List.of());
  }

  public FormFields list(String path) {
    return add(path, Type.LIST, List.of());
  }

  /** A select or radio whose values must be names of the enum's constants. */
  public FormFields choice(String key, Class<? extends Enum<?>> values) {
    return add(key, Type.CHOICE, Arrays.stream(values.getEnumConstants()).map(Enum::name).toList());
  }

  /** A select or radio whose values must be among these. */
  public FormFields choice(String key, String... values) {
    return add(key, Type.CHOICE, List.of(values));
  }

  public String formId() {
    return formId;
  }

  public List<Field> fields() {
    return List.copyOf(fields);
  }

  private FormFields add(String key, Type type, Collection<String> choices) {
    fields.add(new Field(key, type, List.copyOf(choices)));
    return this;
  }

  @Override
  public String toString() {
    return formId + " " + fields;
  }
}
