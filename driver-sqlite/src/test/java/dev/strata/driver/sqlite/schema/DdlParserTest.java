package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.driver.sqlite.schema.DdlParser.CheckClause;
import dev.strata.driver.sqlite.schema.DdlParser.ForeignKeyClause;
import dev.strata.driver.sqlite.schema.DdlParser.IndexDefinition;
import dev.strata.driver.sqlite.schema.DdlParser.TableDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces the parser finds in statements SQLite keeps, and the canonical spellings. */
class DdlParserTest {
  @Test
  void tableDefinition() {
    TableDefinition d =
        DdlParser.table(
            "CREATE TABLE \"t\" ( -- comment, with (parens\n"
                + " id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + " [a b] TEXT COLLATE nocase CONSTRAINT c1 CHECK (\"a b\" <> ')') REFERENCES p(x) ON DELETE SET NULL,\n"
                + " g INT GENERATED ALWAYS AS (id * (2 + 1)) STORED,\n"
                + " d DEFAULT (1, 2),\n"
                + " CHECK (id > 0),\n"
                + " CONSTRAINT fk2 FOREIGN KEY (id, g) REFERENCES `q` (a, b))");
    assertEquals(List.of("id", "a b", "g", "d"), List.copyOf(d.columns().keySet()));
    assertTrue(d.column("ID").autoincrement());
    assertEquals("NOCASE", d.column("a b").collate());
    assertEquals("id * (2 + 1)", d.column("g").generated());
    assertNull(d.column("d").generated());
    assertEquals(List.of(new CheckClause("c1", "\"a b\" <> ')'"), new CheckClause(null, "id > 0")), d.checks());
    assertEquals(
        List.of(new ForeignKeyClause(null, List.of("a b"), "p"), new ForeignKeyClause("fk2", List.of("id", "g"), "q")),
        d.foreignKeys());
  }

  @Test
  void createTableAsSelectHasNoDefinitions() {
    assertTrue(DdlParser.table("CREATE TABLE t AS SELECT 1 AS (x)").columns().isEmpty());
  }

  @Test
  void indexDefinition() {
    IndexDefinition d = DdlParser.index("CREATE INDEX i ON t (lower(a) DESC, b COLLATE nocase, (a + b)) WHERE a > 'x;y'");
    assertEquals(List.of("lower(a)", "b COLLATE nocase", "(a + b)"), d.parts());
    assertEquals("a > 'x;y'", d.where());
    assertEquals("", DdlParser.index("CREATE INDEX i ON t(a)").where());
  }

  @Test
  void viewQuery() {
    assertEquals("select a from t", DdlParser.viewQuery("CREATE VIEW \"v\" as select a from t"));
    assertNull(DdlParser.viewQuery("CREATE VIEW v(x) AS SELECT 1"));
  }

  @Test
  void canonicalSpellings() {
    assertEquals("varchar(10,2)", SqliteSyntax.type("Varchar ( 10 ,  2 )"));
    assertEquals("double precision", SqliteSyntax.type(" DOUBLE\tPRECISION "));
    assertEquals("", SqliteSyntax.type(null));
    assertEquals("0", SqliteSyntax.defaultExpr("((0))"));
    assertEquals("(1) + (2)", SqliteSyntax.defaultExpr("(1) + (2)"));
    assertTrue(SqliteSyntax.bareDefault("-1.5"));
    assertTrue(SqliteSyntax.bareDefault("'a b'"));
    assertTrue(SqliteSyntax.bareDefault("CURRENT_TIMESTAMP"));
    assertFalse(SqliteSyntax.bareDefault("datetime('now')"));
    assertFalse(SqliteSyntax.constantDefault("CURRENT_TIMESTAMP"));
    assertTrue(SqliteSyntax.mentions("new.\"Col\" + 1", "col"));
    assertFalse(SqliteSyntax.mentions("column_b", "col"));
  }

  @Test
  void hooksCompareTokens() {
    assertTrue(SqliteDiffHooks.sameText("a  >  0", "(A > 0)"));
    assertTrue(SqliteDiffHooks.sameText("\"a\" > 0 -- c", "`A` >0"));
    assertFalse(SqliteDiffHooks.sameText("a > 'x'", "a > 'X'"));
  }
}
