package org.socialcare.supervision.common;

import static org.socialcare.supervision.common.RestValues.json;
import static org.socialcare.supervision.common.RestValues.nullValue;
import static org.socialcare.supervision.common.RestValues.string;
import static org.socialcare.supervision.common.RestValues.typed;
import static org.socialcare.supervision.common.RestValues.untyped;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.socialcare.supervision.common.DateRules.BadDate;
import org.socialcare.supervision.common.DateRules.Today;
import org.socialcare.supervision.common.ModelFiles.Form;

/**
 * Submissions of one form that the server must refuse, derived from the form's JSON and a
 * submission the server accepts: every field the user can edit is given, one at a time, values it
 * must not take - left out when required, of the wrong type, badly formatted, out of range or
 * order, too long, a choice the form does not offer, a person or case that does not exist - and
 * then random combinations of such values (a seeded {@link Random}, so every run is the same).
 * Each submission names the fields that make it bad: the server's answer must name one of them.
 */
final class BadSubmissions {

  /** Texts longer than this go into a single submission each, to keep the run fast. */
  private static final int HUGE_TEXT = 100_000;

  /**
   * A submission as the REST API takes it, and why it is bad.
   *
   * @param variables by name, each {@code {"value": ..., "type": ...}}; a name left out is not sent
   * @param badFields the fields the server's answer may name (a dynamic list is named by its path)
   */
  record BadSubmission(String description, Map<String, Object> variables, Set<String> badFields) {
  }

  /** A value a field must not take; {@code rest} null means the field is left out. */
  private record BadValue(String description, Map<String, Object> rest) {
  }

  /**
   * What the generator knows of the form it attacks.
   *
   * @param shown the variables the form is shown with (a task's), empty for a start form
   * @param notFields variables of the process that are not fields of the form: who is assigned,
   *     who started it, which record it is about
   */
  record Target(Form form, Map<String, Object> valid, Map<String, Object> shown, Set<String> notFields,
      LocalDate today) {
  }

  private final Target target;
  private final Random random;
  private final List<FieldModel> fields;
  private final Map<String, Object> validRest;
  private final List<BadDate> dateRules;

  BadSubmissions(Target target, Random random) {
    this.target = target;
    this.random = random;
    this.validRest = RestValues.of(target.valid());
    this.fields = FieldModel.editable(target.form(), target.valid(), target.shown());
    this.dateRules = DateRules.of(target.form().id());
  }

  /** The fields the generator changes: what a user can edit on the form as the valid submission fills it in. */
  List<FieldModel> fields() {
    return fields;
  }

  /**
   * The valid submission, with each dynamic list's first row filled in completely (so that every cell
   * is checked) and free text given markup and formula payloads that must be stored as given.
   */
  Map<String, Object> validWithPayloads(Map<String, String> payloads) {
    Map<String, Object> submission = new LinkedHashMap<>(validRest);
    for (FieldModel field : fields) {
      if (field.kind() == FieldModel.Kind.LIST && field.validRow(target) != null) {
        submission.put(field.key(), json(withRow(field, field.validRow(target))));
      } else if (field.kind() == FieldModel.Kind.FREE_TEXT && field.type().equals("textarea") && field.visible()
          && field.maxLength() >= 200) {
        String payload = payloads.get(field.key());
        if (payload != null) {
          submission.put(field.key(), string(payload));
        }
      }
    }
    return submission;
  }

  /** At least {@code count} bad submissions: every systematic one, then random combinations. */
  List<BadSubmission> generate(int count) {
    Map<FieldModel, List<BadValue>> pools = new LinkedHashMap<>();
    for (FieldModel field : fields) {
      List<BadValue> bad = badValues(field);
      if (!bad.isEmpty()) {
        pools.put(field, bad);
      }
    }
    List<BadSubmission> submissions = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    pools.forEach((field, values) -> values.forEach(value ->
        add(submissions, seen, field.key() + ": " + value.description(), Map.of(field, value))));
    for (String variable : target.notFields()) {
      Map<String, Object> variables = new LinkedHashMap<>(validRest);
      variables.put(variable, string("someone.else"));
      if (seen.add(RestValues.write(variables))) {
        submissions.add(new BadSubmission(variable + ": not a field of the form, set to someone else", variables,
            Set.of(variable)));
      }
    }
    List<FieldModel> attackable = new ArrayList<>(pools.keySet());
    for (int attempt = 0; submissions.size() < count && attempt < count * 20 && !attackable.isEmpty(); attempt++) {
      int howMany = Math.min(attackable.size(), 1 + random.nextInt(3));
      Map<FieldModel, BadValue> combination = new LinkedHashMap<>();
      while (combination.size() < howMany) {
        FieldModel field = attackable.get(random.nextInt(attackable.size()));
        List<BadValue> pool = new ArrayList<>(pools.get(field));
        pool.add(randomJunk(field));
        combination.putIfAbsent(field, pool.get(random.nextInt(pool.size())));
      }
      StringBuilder description = new StringBuilder("random");
      combination.forEach((field, value) -> description.append(" | ").append(field.key()).append(": ")
          .append(value.description()));
      add(submissions, seen, description.toString(), combination);
    }
    return submissions;
  }

  private void add(List<BadSubmission> into, Set<String> seen, String description, Map<FieldModel, BadValue> bad) {
    Map<String, Object> variables = new LinkedHashMap<>(validRest);
    Set<String> names = new LinkedHashSet<>();
    bad.forEach((field, value) -> {
      if (value.rest() == null) {
        variables.remove(field.key());
      } else {
        variables.put(field.key(), value.rest());
      }
      names.add(field.key());
    });
    if (seen.add(RestValues.write(variables))) {
      into.add(new BadSubmission(description, variables, names));
    }
  }

  private List<BadValue> badValues(FieldModel field) {
    List<BadValue> bad = new ArrayList<>();
    if (field.required() && field.visible()) {
      bad.addAll(missing(field));
    }
    switch (field.kind()) {
      case FREE_TEXT -> bad.addAll(badText(field));
      case PERSON -> bad.addAll(badPerson(field));
      case REFERENCE -> bad.addAll(badReference(field));
      case NUMBER -> bad.addAll(badNumber(field));
      case DATE -> bad.addAll(badDate(field));
      case TIME -> bad.addAll(badTime());
      case DATE_TIME -> bad.addAll(badDateTime(field));
      case FLAG -> bad.addAll(badFlag(field));
      case CHOICE -> bad.addAll(badChoice(field));
      case CHOICES -> bad.addAll(badChoices(field));
      case LIST -> bad.addAll(badList(field));
      default -> throw new IllegalStateException(field.toString());
    }
    return bad;
  }

  private List<BadValue> missing(FieldModel field) {
    List<BadValue> bad = new ArrayList<>();
    if (FieldErrors.isEmpty(target.shown().get(field.key()))) {
      // Left out, a field keeps the value the task filled it in with; only an empty one stays empty.
      bad.add(new BadValue("left out", null));
    }
    bad.add(new BadValue("null", nullValue()));
    switch (field.kind()) {
      case FLAG -> {
        bad.add(new BadValue("not ticked", typed(false, "Boolean")));
        bad.add(new BadValue("\"false\"", string("false")));
      }
      case CHOICES, LIST -> bad.add(new BadValue("an empty list", json("[]")));
      default -> {
        bad.add(new BadValue("empty", string("")));
        bad.add(new BadValue("blank", string("   \t ")));
      }
    }
    return bad;
  }

  private List<BadValue> badText(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    bad.add(new BadValue("one character over its " + field.maxLength(), string(letters(field.maxLength() + 1))));
    bad.add(new BadValue("a NUL character in it", string("Before\u0000after")));
    return bad;
  }

  private List<BadValue> badPerson(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    String others = field.key().endsWith("Ids") && target.valid().get(field.key()) != null
        ? target.valid().get(field.key()) + ", " : "";
    bad.add(new BadValue("nobody of that id", string(others + "no.such.person")));
    bad.add(new BadValue("a made-up id", string(others + "ghost-" + Integer.toHexString(random.nextInt()))));
    bad.add(new BadValue("SQL", string(others + "x' OR '1'='1")));
    bad.add(new BadValue("markup", string(others + "<script>alert(1)</script>")));
    bad.add(new BadValue("one character over its " + field.maxLength(), string(letters(field.maxLength() + 1))));
    return bad;
  }

  private List<BadValue> badReference(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    bad.add(new BadValue("nothing of that reference", string("NO-SUCH-" + (1000 + random.nextInt(9000)))));
    bad.add(new BadValue("one character over its " + field.maxLength(), string(letters(field.maxLength() + 1))));
    return bad;
  }

  private List<BadValue> badNumber(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    bad.add(new BadValue("words", string("ninety")));
    bad.add(new BadValue("digits and letters", string("90abc")));
    bad.add(new BadValue("NaN", string("NaN")));
    bad.add(new BadValue("Infinity", string("Infinity")));
    bad.add(new BadValue("a tick", typed(true, "Boolean")));
    bad.add(new BadValue("a fraction", typed(90.5, "Double")));
    bad.add(new BadValue("huge", typed(1.0e12, "Double")));
    bad.add(new BadValue("negative", typed(-90L, "Long")));
    if (field.min() != null) {
      bad.add(new BadValue("below its minimum " + field.min(), typed(field.min().longValue() - 1, "Long")));
    }
    if (field.max() != null) {
      bad.add(new BadValue("above its maximum " + field.max(), typed(field.max().longValue() + 1, "Long")));
    }
    bad.add(new BadValue("words declared as Integer", typed("ninety", "Integer")));
    return bad;
  }

  private List<BadValue> badDate(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    String valid = target.valid().get(field.key()) == null ? target.today().plusDays(1).toString()
        : target.valid().get(field.key()).toString();
    for (String text : List.of("02/04/2026", "2026-13-01", "2026-02-30", "2026-4-2", "tomorrow", "20260402",
        valid + "junk")) {
      bad.add(new BadValue("\"" + text + "\"", string(text)));
    }
    bad.add(new BadValue("a number", typed(20260402L, "Long")));
    bad.add(new BadValue("a tick", typed(true, "Boolean")));
    bad.add(new BadValue("words declared as Date", typed("not a date", "Date")));
    bad.addAll(outOfOrder(field.key()));
    return bad;
  }

  private List<BadValue> badTime() {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    for (String text : List.of("25:00", "10:61", "ten", "10h30", "-1:00")) {
      bad.add(new BadValue("\"" + text + "\"", string(text)));
    }
    bad.add(new BadValue("a number", typed(1030L, "Long")));
    return bad;
  }

  private List<BadValue> badDateTime(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    for (String text : List.of("2026-13-01T10:00", "2026-03-03T25:00", "tomorrow at ten", "10:00")) {
      bad.add(new BadValue("\"" + text + "\"", string(text)));
    }
    bad.add(new BadValue("a number", typed(0L, "Long")));
    bad.addAll(outOfOrder(field.key()));
    return bad;
  }

  private List<BadValue> outOfOrder(String key) {
    Today today = new Today(target.today(), target.valid(), target.shown());
    return dateRules.stream().filter(rule -> rule.field().equals(key))
        .map(rule -> new BadValue(rule.why(), string(rule.value().apply(today)))).toList();
  }

  private List<BadValue> badFlag(FieldModel field) {
    List<BadValue> bad = new ArrayList<>();
    bad.add(new BadValue("\"yes\"", string("yes")));
    bad.add(new BadValue("\"maybe\"", string("maybe")));
    bad.add(new BadValue("a number", typed(1L, "Long")));
    bad.add(new BadValue("a list", json("[true]")));
    bad.add(new BadValue("an object", json("{\"ticked\":true}")));
    return bad;
  }

  private List<BadValue> badChoice(FieldModel field) {
    List<BadValue> bad = new ArrayList<>(notAScalar());
    bad.add(new BadValue("not one of its options", string("NOT_AN_OPTION")));
    bad.add(new BadValue("markup", string("<script>alert(1)</script>")));
    bad.add(new BadValue("a number", typed(1L, "Long")));
    List<String> options = field.options(target.shown());
    if (!options.isEmpty()) {
      String first = options.get(0);
      String otherCase = first.equals(first.toUpperCase()) ? first.toLowerCase() : first.toUpperCase();
      if (!options.contains(otherCase)) {
        bad.add(new BadValue("an option in the wrong case", string(otherCase)));
      }
      bad.add(new BadValue("an option in a list", json(List.of(first))));
      bad.add(new BadValue("an option with more after it", string(first + "' OR '1'='1")));
    }
    if (field.options().isEmpty()) {
      bad.add(new BadValue("nobody of that id", string("no.such.person")));
    }
    return bad;
  }

  private List<BadValue> badChoices(FieldModel field) {
    List<BadValue> bad = new ArrayList<>();
    List<String> options = field.options(target.shown());
    List<String> valid = new ArrayList<>();
    JsonNode validList = RestValues.tree(target.valid().get(field.key()));
    if (validList != null && validList.isArray()) {
      validList.forEach(item -> valid.add(item.asText()));
    }
    List<String> withStranger = new ArrayList<>(valid.isEmpty() ? options : valid);
    withStranger.add("no.such.person");
    bad.add(new BadValue("with someone not offered", json(withStranger)));
    bad.add(new BadValue("only someone not offered", json(List.of("ghost-" + Integer.toHexString(random.nextInt())))));
    bad.add(new BadValue("numbers", json("[1,2]")));
    bad.add(new BadValue("objects", json("[{\"id\":1}]")));
    bad.add(new BadValue("an object", json("{\"ids\":[]}")));
    bad.add(new BadValue("not JSON", string("not, a, list")));
    bad.add(new BadValue("an untyped list of strangers", untyped(List.of("no.such.person"))));
    return bad;
  }

  private List<BadValue> badList(FieldModel field) {
    List<BadValue> bad = new ArrayList<>();
    bad.add(new BadValue("text", string("not a list")));
    bad.add(new BadValue("an object", json("{\"what\":\"x\"}")));
    bad.add(new BadValue("numbers", json("[1,2,3]")));
    bad.add(new BadValue("lists", json("[[\"x\"]]")));
    bad.add(new BadValue("an untyped list", untyped(List.of(Map.of("what", "x")))));
    bad.add(new BadValue("broken JSON", json("[{\"what\": ")));
    Map<String, Object> row = field.validRow(target);
    if (row == null) {
      return bad;
    }
    List<Map<String, Object>> flood = new ArrayList<>();
    for (int i = 0; i <= FormLists.MAX_ROWS; i++) {
      flood.add(row);
    }
    bad.add(new BadValue((FormLists.MAX_ROWS + 1) + " rows", json(flood)));
    for (FieldModel cell : field.cells()) {
      if (cell.readOnly()) {
        continue;
      }
      List<BadValue> cellValues = new ArrayList<>();
      if (cell.required()) {
        cellValues.add(new BadValue("left out", null));
        if (cell.kind() != FieldModel.Kind.FLAG) {
          cellValues.add(new BadValue("empty", string("")));
        }
      }
      switch (cell.kind()) {
        case FREE_TEXT -> {
          cellValues.add(new BadValue("an object", json("{\"text\":\"x\"}")));
          cellValues.add(new BadValue("one character over its " + cell.maxLength(),
              string(letters(cell.maxLength() + 1))));
        }
        case DATE -> {
          cellValues.add(new BadValue("\"2026-02-30\"", string("2026-02-30")));
          cellValues.add(new BadValue("a number", typed(20260402L, "Long")));
          Today today = new Today(target.today(), target.valid(), target.shown());
          dateRules.stream().filter(rule -> rule.field().equals(field.key() + "." + cell.key()))
              .forEach(rule -> cellValues.add(new BadValue(rule.why(), string(rule.value().apply(today)))));
        }
        case CHOICE -> {
          cellValues.add(new BadValue("not one of its options", string("NOT_AN_OPTION")));
          cellValues.add(new BadValue("a number", typed(1L, "Long")));
        }
        case FLAG -> cellValues.add(new BadValue("\"maybe\"", string("maybe")));
        default -> {
          // nothing more for other cells
        }
      }
      for (BadValue value : cellValues) {
        Map<String, Object> mutated = new LinkedHashMap<>(row);
        if (value.rest() == null) {
          mutated.remove(cell.key());
        } else if ("Json".equals(value.rest().get("type"))) {
          mutated.put(cell.key(), RestValues.JSON.convertValue(RestValues.tree(value.rest().get("value")), Object.class));
        } else {
          mutated.put(cell.key(), value.rest().get("value"));
        }
        bad.add(new BadValue("a row whose " + cell.key() + " is " + value.description(), json(withRow(field, mutated))));
      }
    }
    return bad;
  }

  /** The valid submission's rows of a list with the first replaced by {@code row}, or {@code row} alone. */
  private String withRow(FieldModel field, Map<String, Object> row) {
    List<Object> rows = new ArrayList<>();
    JsonNode valid = RestValues.tree(target.valid().get(field.key()));
    if (valid != null && valid.isArray()) {
      valid.forEach(rows::add);
    }
    if (rows.isEmpty()) {
      rows.add(row);
    } else {
      rows.set(0, row);
    }
    return RestValues.write(rows);
  }

  /** A scalar field given a structure: the engine stores it, so the server must refuse it. */
  private static List<BadValue> notAScalar() {
    return List.of(
        new BadValue("a JSON object", json("{\"value\":\"x\"}")),
        new BadValue("a JSON list", json("[\"x\"]")),
        new BadValue("an untyped object", untyped(Map.of("value", "x"))));
  }

  /** A random value the field must refuse, different on every draw. */
  private BadValue randomJunk(FieldModel field) {
    return switch (field.kind()) {
      case FREE_TEXT, PERSON, REFERENCE -> random.nextInt(8) == 0
          ? new BadValue("random text of " + HUGE_TEXT, string(letters(HUGE_TEXT)))
          : new BadValue("random text over its length", string(randomText(field.maxLength() + 1
              + random.nextInt(2000))));
      case NUMBER -> new BadValue("random words", string(randomWord()));
      case DATE, DATE_TIME -> new BadValue("random date-like words", string(
          (2000 + random.nextInt(50)) + "-" + (13 + random.nextInt(80)) + "-" + random.nextInt(40)));
      case TIME -> new BadValue("random time", string((24 + random.nextInt(70)) + ":" + random.nextInt(99)));
      case FLAG -> new BadValue("random words", string(randomWord()));
      case CHOICE -> new BadValue("random option", string("X" + randomWord()));
      case CHOICES -> new BadValue("random people", json(List.of(randomWord() + "." + randomWord())));
      case LIST -> new BadValue("random text", string(randomText(1 + random.nextInt(200))));
    };
  }

  private String randomWord() {
    StringBuilder word = new StringBuilder();
    int length = 3 + random.nextInt(10);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** Text of any characters, punctuation, markup and far-away scripts included - but no NUL - that trims to itself. */
  private String randomText(int length) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz ABC<>&\"';=+-@\n\t{}[]\\/%éßø漢字ئ😀";
    StringBuilder text = new StringBuilder(length);
    text.append('x');
    while (text.length() < length - 1) {
      text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
          random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
    }
    return text.append('x').toString();
  }

  private static String letters(int length) {
    return "x".repeat(length);
  }
}
