package dev.strata.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void postgresScopeComesFromSearchPath() {
    DatabaseUrl realm = DatabaseUrl.parse("postgres://u:p@localhost:5432/db?sslmode=disable");
    assertThat(realm.engine()).isEqualTo(DatabaseUrl.Engine.POSTGRES);
    assertThat(realm.schema()).isEmpty();
    assertThat(realm.path()).isEqualTo("db");
    DatabaseUrl scoped = DatabaseUrl.parse("postgresql://localhost/db?search_path=app");
    assertThat(scoped.schema()).contains("app");
    assertThat(scoped.port()).isEqualTo(-1);
  }

  @Test
  void mysqlScopeComesFromThePath() {
    assertThat(DatabaseUrl.parse("mysql://root@localhost:3306/").schema()).isEmpty();
    assertThat(DatabaseUrl.parse("mysql://root@localhost:3306/app").schema()).contains("app");
    assertThat(DatabaseUrl.parse("maria://root@localhost/app").engine()).isEqualTo(DatabaseUrl.Engine.MARIADB);
    assertThat(DatabaseUrl.parse("mariadb://root@localhost/app").engine().driverName()).isEqualTo("mysql");
  }

  @Test
  void sqliteIsAlwaysMain() {
    DatabaseUrl file = DatabaseUrl.parse("sqlite://data/app.db?_fk=1");
    assertThat(file.path()).isEqualTo("data/app.db");
    assertThat(file.schema()).contains("main");
    assertThat(file.inMemory()).isFalse();
    assertThat(DatabaseUrl.parse("sqlite://dev?mode=memory").inMemory()).isTrue();
    assertThat(DatabaseUrl.parse("sqlite:///abs/app.db").path()).isEqualTo("/abs/app.db");
  }

  @Test
  void passwordsNeverShow() {
    DatabaseUrl u = DatabaseUrl.parse("postgres://admin:s3cr%40t@db.example:5432/app?sslmode=disable");
    assertThat(u.password()).isEqualTo("s3cr@t");
    assertThat(u.redacted()).isEqualTo("postgres://admin:xxxxx@db.example:5432/app?sslmode=disable");
    assertThat(u.toString()).doesNotContain("s3cr");
    assertThat(u.mask("FATAL: password s3cr@t rejected")).isEqualTo("FATAL: password xxxxx rejected");
    DatabaseUrl at = DatabaseUrl.parse("mysql://root:p@ss/word@localhost:3306/app");
    assertThat(at.password()).isEqualTo("p@ss/word");
    assertThat(at.host()).isEqualTo("localhost");
    assertThat(at.redacted()).doesNotContain("p@ss");
  }

  @Test
  void badUrlsHaveAtlasMessages() {
    assertThatThrownBy(() -> DatabaseUrl.parse("localhost:5432/db"))
        .hasMessage("sql/sqlclient: missing driver. See: https://atlasgo.io/url");
    assertThatThrownBy(() -> DatabaseUrl.parse("nosuch://x"))
        .hasMessage("sql/sqlclient: unknown driver \"nosuch\". See: https://atlasgo.io/url");
    assertThatThrownBy(() -> DatabaseUrl.parse("docker://postgres/15/dev"))
        .hasMessageStartingWith("docker:// URLs are not supported")
        .hasMessageContaining("sqlite://dev?mode=memory");
    assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:secret@host:port/db"))
        .hasMessageContaining("invalid port")
        .hasMessageNotContaining("secret");
  }

  @Test
  void withPathKeepsTheRest() {
    DatabaseUrl u = DatabaseUrl.parse("mysql://root:pw@localhost:3306/a?parseTime=true").withPath("b");
    assertThat(u.schema()).contains("b");
    assertThat(u.password()).isEqualTo("pw");
    assertThat(u.rawQuery()).isEqualTo("parseTime=true");
  }
}
