package dev.strata.driver.sqlite.schema;

import java.util.Locale;

/**
 * One token of SQLite DDL text.
 *
 * @param kind what the token is
 * @param text the token exactly as written
 * @param start the offset of its first character in the scanned text
 * @param end the offset just past its last character
 */
record DdlToken(Kind kind, String text, int start, int end) {
  /** The token kinds the DDL parser tells apart. */
  enum Kind {
    /** A bare word: keyword, identifier or number-like word. */
    WORD,
    /** An identifier in double quotes, back-quotes or brackets. */
    QUOTED,
    /** A string literal in single quotes. */
    STRING,
    /** A blob literal {@code x'...'}. */
    BLOB,
    /** A numeric literal. */
    NUMBER,
    /** One punctuation or operator character. */
    PUNCT
  }

  /** Returns true when this is the bare word {@code keyword}, compared case-insensitively. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /** Returns true when this is the punctuation character {@code c}. */
  boolean isPunct(char c) {
    return kind == Kind.PUNCT && text.charAt(0) == c;
  }

  /** Returns true when this token can name something (a bare word or a quoted identifier). */
  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
  }

  /**
   * Returns the name this token spells: the text without its quotes (doubled quotes undone) for
   * quoted identifiers and strings, the text itself for anything else.
   */
  String name() {
    switch (kind) {
      case QUOTED:
        if (text.charAt(0) == '[') {
          return text.substring(1, text.length() - 1);
        }
        return unquote(text);
      case STRING:
        return unquote(text);
      default:
        return text;
    }
  }

  /** Returns the upper-cased text; the canonical spelling of a keyword. */
  String upper() {
    return text.toUpperCase(Locale.ROOT);
  }

  private static String unquote(String s) {
    char q = s.charAt(0);
    String inner = s.length() >= 2 && s.charAt(s.length() - 1) == q ? s.substring(1, s.length() - 1) : s.substring(1);
    return inner.replace(String.valueOf(q) + q, String.valueOf(q));
  }
}
