package dev.strata.driver.mysql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.model.DefaultValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Types, defaults and SQL text normalised the same way whichever server reported them. */
class MysqlNormalizationTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "int(11)|int",
        "INT|int",
        "integer|int",
        "int(10) unsigned|int unsigned",
        "bigint(20) unsigned zerofill|bigint(20) unsigned zerofill",
        "int(8) zerofill|int(8) unsigned zerofill",
        "tinyint(1)|tinyint(1)",
        "tinyint(4)|tinyint",
        "boolean|tinyint(1)",
        "BOOL|tinyint(1)",
        "year(4)|year",
        "decimal(10, 2)|decimal(10,2)",
        "numeric|decimal(10,0)",
        "double precision|double",
        "real|double",
        "float(7,3)|float(7,3)",
        "varchar(255)|varchar(255)",
        "VARCHAR(20)|varchar(20)",
        "enum('G','PG-13','It''s')|enum('G','PG-13','It''s')",
        "SET('a','B')|set('a','B')",
        "timestamp(3)|timestamp(3)",
        "longtext|longtext",
      })
  void typesHaveOneSpelling(String raw, String canonical) {
    assertThat(MysqlTypes.normalize(raw)).isEqualTo(canonical);
  }

  @Test
  void mariadbDefaults() {
    assertThat(MysqlDefaults.fromMariadb(null)).isNull();
    assertThat(MysqlDefaults.fromMariadb("NULL")).isNull();
    assertThat(MysqlDefaults.fromMariadb("'NULL'")).isEqualTo(new DefaultValue("'NULL'"));
    assertThat(MysqlDefaults.fromMariadb("'it''s'")).isEqualTo(new DefaultValue("'it''s'"));
    assertThat(MysqlDefaults.fromMariadb("1.50")).isEqualTo(new DefaultValue("1.50"));
    assertThat(MysqlDefaults.fromMariadb("-3")).isEqualTo(new DefaultValue("-3"));
    assertThat(MysqlDefaults.fromMariadb("b'101'")).isEqualTo(new DefaultValue("b'101'"));
    assertThat(MysqlDefaults.fromMariadb("current_timestamp()")).isEqualTo(new DefaultValue("CURRENT_TIMESTAMP"));
    assertThat(MysqlDefaults.fromMariadb("current_timestamp(3)")).isEqualTo(new DefaultValue("CURRENT_TIMESTAMP(3)"));
    assertThat(MysqlDefaults.fromMariadb("uuid()")).isEqualTo(new DefaultValue("(uuid())"));
    assertThat(MysqlDefaults.fromMariadb("(1 + 1)")).isEqualTo(new DefaultValue("(1 + 1)"));
  }

  @Test
  void mysqlDefaults() {
    assertThat(MysqlDefaults.fromMysql(null, "int", false)).isNull();
    assertThat(MysqlDefaults.fromMysql("0", "int", false)).isEqualTo(new DefaultValue("0"));
    assertThat(MysqlDefaults.fromMysql("it's", "varchar(10)", false)).isEqualTo(new DefaultValue("'it''s'"));
    assertThat(MysqlDefaults.fromMysql("12", "varchar(10)", false)).isEqualTo(new DefaultValue("'12'"));
    assertThat(MysqlDefaults.fromMysql("CURRENT_TIMESTAMP", "timestamp", true))
        .isEqualTo(new DefaultValue("CURRENT_TIMESTAMP"));
    assertThat(MysqlDefaults.fromMysql("uuid()", "varchar(36)", true)).isEqualTo(new DefaultValue("(uuid())"));
    assertThat(MysqlDefaults.fromMysql("concat(_utf8mb4\\'a\\',_utf8mb4\\'b\\')", "text", true))
        .isEqualTo(new DefaultValue("(concat(_utf8mb4'a',_utf8mb4'b'))"));
    assertThat(MysqlDefaults.fromMysql("b'1'", "bit(1)", false)).isEqualTo(new DefaultValue("b'1'"));
  }

  @Test
  void defaultKeysCompareByValue() {
    assertThat(MysqlDefaults.key("1.50")).isEqualTo(MysqlDefaults.key("1.5"));
    assertThat(MysqlDefaults.key("now()")).isEqualTo(MysqlDefaults.key("CURRENT_TIMESTAMP"));
    assertThat(MysqlDefaults.key("(uuid())")).isEqualTo(MysqlDefaults.key("UUID()"));
    assertThat(MysqlDefaults.key("'a'")).isNotEqualTo(MysqlDefaults.key("'A'"));
  }

  @Test
  void viewQueriesLoseAndRegainTheirSchema() {
    String stored =
        "select `db`.`t`.`a` AS `a`,'`db`.' AS `s` from (`db`.`t` join `db`.`u` on(`db`.`t`.`a` = `db`.`u`.`b`))";
    String stripped = SqlText.stripQualifier(stored, "db");
    assertThat(stripped)
        .isEqualTo("select `t`.`a` AS `a`,'`db`.' AS `s` from (`t` join `u` on(`t`.`a` = `u`.`b`))");
    assertThat(SqlText.qualifyTables(stripped, "`x`"))
        .isEqualTo("select `t`.`a` AS `a`,'`db`.' AS `s` from (`x`.`t` join `x`.`u` on(`t`.`a` = `u`.`b`))");
    assertThat(SqlText.qualifyTables("select 1 from (select `a` from `t`) `d` join `u` `e`", "`x`"))
        .isEqualTo("select 1 from (select `a` from `x`.`t`) `d` join `x`.`u` `e`");
  }

  @Test
  void expressionsCompareWithoutCosmetics() {
    assertThat(SqlText.expressionKey("(`a` > 0 AND `b` < 5)")).isEqualTo(SqlText.expressionKey("a>0 and b<5"));
    assertThat(SqlText.expressionKey("a = 'X Y'")).isNotEqualTo(SqlText.expressionKey("a = 'x y'"));
    assertThat(SqlText.isWrapped("(a) + (b)")).isFalse();
    assertThat(SqlText.isWrapped("((a) + (b))")).isTrue();
    assertThat(SqlText.wrap("a > ')'")).isEqualTo("(a > ')')");
  }
}
