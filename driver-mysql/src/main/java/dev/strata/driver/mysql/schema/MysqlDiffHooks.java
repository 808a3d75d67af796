package dev.strata.driver.mysql.schema;

import dev.strata.model.Check;
import dev.strata.model.Column;
import dev.strata.model.Function;
import dev.strata.model.Index;
import dev.strata.model.IndexPart;
import dev.strata.model.Trigger;
import dev.strata.model.View;
import java.util.List;
import java.util.Set;

/**
 * MySQL's and MariaDB's leniency in the generic differ, for states that were not both read by
 * {@link MysqlInspector} from the same server (another flavour, a hand-built model): types compare
 * in their canonical spelling ({@code int(11)} is {@code int}, {@code bool} is {@code
 * tinyint(1)}), defaults by value ({@code 1.50} is {@code 1.5}, {@code now()} is {@code
 * CURRENT_TIMESTAMP}), checks, views and generated expressions ignoring case, white space, outer
 * parentheses and back quotes. The table attributes compared are comment, engine, charset and
 * collation; the column attributes comment, charset, collation, ON UPDATE and INVISIBLE.
 */
public final class MysqlDiffHooks implements dev.strata.spi.DiffHooks {
  /** Creates the hooks; they keep no state. */
  public MysqlDiffHooks() {}

  @Override
  public boolean sameType(Column from, Column to) {
    return MysqlTypes.normalize(from.type().sql()).equals(MysqlTypes.normalize(to.type().sql()));
  }

  @Override
  public boolean sameDefault(Column from, Column to) {
    if (from.defaultValue() == null || to.defaultValue() == null) {
      return from.defaultValue() == to.defaultValue();
    }
    return MysqlDefaults.key(from.defaultValue().expr()).equals(MysqlDefaults.key(to.defaultValue().expr()));
  }

  @Override
  public boolean sameIndex(Index from, Index to) {
    return from.name().equals(to.name())
        && from.unique() == to.unique()
        && method(from).equals(method(to))
        && samePartsIgnoringExpressionText(from.parts(), to.parts());
  }

  private static String method(Index i) {
    return i.method() == null ? "" : i.method().toUpperCase(java.util.Locale.ROOT);
  }

  private static boolean samePartsIgnoringExpressionText(List<IndexPart> a, List<IndexPart> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      IndexPart x = a.get(i);
      IndexPart y = b.get(i);
      boolean same =
          java.util.Objects.equals(x.column(), y.column())
              && x.descending() == y.descending()
              && x.prefix() == y.prefix()
              && (x.expression() == null
                  ? y.expression() == null
                  : y.expression() != null
                      && SqlText.expressionKey(x.expression()).equals(SqlText.expressionKey(y.expression())));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean sameCheck(Check from, Check to) {
    return SqlText.expressionKey(from.expr()).equals(SqlText.expressionKey(to.expr()));
  }

  @Override
  public boolean sameView(View from, View to) {
    return from.name().equals(to.name())
        && SqlText.expressionKey(from.definition()).equals(SqlText.expressionKey(to.definition()));
  }

  @Override
  public boolean sameFunction(Function from, Function to) {
    return from.name().equals(to.name())
        && from.definition().strip().equals(to.definition().strip());
  }

  @Override
  public boolean sameTrigger(Trigger from, Trigger to) {
    return from.name().equals(to.name())
        && from.definition().strip().equals(to.definition().strip());
  }

  @Override
  public Set<String> tableAttrs() {
    return Set.of(TableReader.COMMENT, TableReader.ENGINE, TableReader.CHARSET, TableReader.COLLATE);
  }

  @Override
  public Set<String> columnAttrs() {
    return Set.of(
        TableReader.COMMENT,
        TableReader.CHARSET,
        TableReader.COLLATE,
        TableReader.ON_UPDATE,
        TableReader.INVISIBLE);
  }
}
