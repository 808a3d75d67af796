package dev.strata.driver.sqlite.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import dev.strata.spi.DiffHooks;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQLite's say in the differ. SQLite keeps expressions, views and triggers as they were written,
 * and names and keywords are case-insensitive, so two texts are the same when their tokens are:
 * white space and comments do not count, keywords and identifiers compare without case (quoted or
 * not), literals compare exactly, and parentheses around the whole expression do not count. Types
 * compare in their canonical spelling. The table attributes that count are {@code without_rowid}
 * and {@code strict}; the column attribute that counts is {@code collate}.
 */
public final class SqliteDiffHooks implements DiffHooks {
  /** Creates the hooks; they hold no state. */
  public SqliteDiffHooks() {}

  @Override
  public boolean sameType(Column from, Column to) {
    return SqliteSyntax.type(from.type().sql()).equals(SqliteSyntax.type(to.type().sql()));
  }

  @Override
  public boolean sameDefault(Column from, Column to) {
    if (from.defaultValue() == null || to.defaultValue() == null) {
      return from.defaultValue() == to.defaultValue();
    }
    return sameText(from.defaultValue().expr(), to.defaultValue().expr());
  }

  @Override
  public boolean sameIndex(Index from, Index to) {
    if (!from.name().equals(to.name())
        || from.unique() != to.unique()
        || from.constraint() != to.constraint()
        || !from.method().equalsIgnoreCase(to.method())
        || !sameText(from.where(), to.where())
        || from.parts().size() != to.parts().size()) {
      return false;
    }
    for (int i = 0; i < from.parts().size(); i++) {
      if (!samePart(from.parts().get(i), to.parts().get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean sameCheck(Check from, Check to) {
    return sameText(from.expr(), to.expr());
  }

  @Override
  public boolean sameView(View from, View to) {
    return from.materialized() == to.materialized() && sameText(from.definition(), to.definition());
  }

  @Override
  public boolean sameTrigger(Trigger from, Trigger to) {
    return sameText(from.definition(), to.definition());
  }

  @Override
  public Set<String> tableAttrs() {
    return Set.of("without_rowid", "strict");
  }

  @Override
  public Set<String> columnAttrs() {
    return Set.of("collate");
  }

  private static boolean samePart(IndexPart a, IndexPart b) {
    if (a.descending() != b.descending() || !nullToEmpty(a.extra()).equalsIgnoreCase(nullToEmpty(b.extra()))) {
      return false;
    }
    if (a.column() != null || b.column() != null) {
      return a.column() != null && b.column() != null && a.column().equalsIgnoreCase(b.column());
    }
    return sameText(a.expression(), b.expression());
  }

  /** Returns true when two SQL texts have the same tokens (see the class comment). */
  static boolean sameText(String a, String b) {
    List<DdlToken> x = strip(DdlScanner.scan(nullToEmpty(a)));
    List<DdlToken> y = strip(DdlScanner.scan(nullToEmpty(b)));
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!key(x.get(i)).equals(key(y.get(i)))) {
        return false;
      }
    }
    return true;
  }

  // Identifiers, quoted or not, and keywords compare without case; literals as written.
  private static String key(DdlToken t) {
    switch (t.kind()) {
      case WORD:
      case QUOTED:
        return "n:" + t.name().toLowerCase(Locale.ROOT);
      case BLOB:
        return "b:" + t.text().toLowerCase(Locale.ROOT);
      default:
        return t.kind() + ":" + t.text();
    }
  }

  // Drops parentheses that wrap the whole text, and a trailing semicolon.
  private static List<DdlToken> strip(List<DdlToken> t) {
    List<DdlToken> s = t;
    while (!s.isEmpty() && s.get(s.size() - 1).isPunct(';')) {
      s = s.subList(0, s.size() - 1);
    }
    while (s.size() >= 2 && s.get(0).isPunct('(') && DdlParser.matching(s, 0) == s.size() - 1) {
      s = s.subList(1, s.size() - 1);
    }
    return s;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
