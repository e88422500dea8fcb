package org.socialcare.supervision.journeys.pages;

/** XPath string literals for what users read, which may hold either quote ("My group's tasks"). */
final class Xpath {

  private Xpath() {
  }

  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
