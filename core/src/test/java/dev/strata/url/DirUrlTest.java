package dev.strata.url;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.DirFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirUrlTest {

  @ParameterizedTest
  @CsvSource({
    "file://migrations, migrations",
    "file://, migrations",
    "file:///abs/dir, /abs/dir",
    "file:///abs/dir/, /abs/dir",
    "file://./migrations, migrations",
    "file://a/b/../c, a/c",
    "file://../up, ../up",
    "file://., .",
    "FILE://m, m",
    "file://my%20dir, my dir",
    "file://migrations?format=goose#frag, migrations",
  })
  void localPaths(String url, String path) {
    DirUrl u = DirUrl.parse(url);

    assertThat(u.kind()).isEqualTo(DirUrl.Kind.FILE);
    assertThat(u.path()).isEqualTo(path);
    assertThat(u.raw()).isEqualTo(url);
    assertThat(u.inMemory()).isFalse();
  }

  @Test
  void formatAndVersion() {
    DirUrl u = DirUrl.parse("file://migrations?format=golang-migrate&version=3");

    assertThat(u.format()).isEqualTo(DirFormat.GOLANG_MIGRATE);
    assertThat(u.version()).contains("3");
    assertThat(DirUrl.parse("file://m").format()).isEqualTo(DirFormat.ATLAS);
    assertThat(DirUrl.parse("file://m").version()).isEmpty();
    assertThat(DirUrl.parse("file://m?format=").format()).isEqualTo(DirFormat.ATLAS);
    assertThat(DirUrl.parse("file://m?format=atlas").format()).isEqualTo(DirFormat.ATLAS);
  }

  @Test
  void memoryDirectories() {
    DirUrl u = DirUrl.parse("mem://dev?format=flyway");

    assertThat(u.kind()).isEqualTo(DirUrl.Kind.MEM);
    assertThat(u.inMemory()).isTrue();
    assertThat(u.path()).isEqualTo("dev");
    assertThat(u.format()).isEqualTo(DirFormat.FLYWAY);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "migrations|missing scheme for dir url. Did you mean \"file://migrations\"? ",
        "migrations?format=goose|missing scheme for dir url. Did you mean \"file://migrations\"? ",
        "migrations#frag|missing scheme for dir url. Did you mean \"file://migrations\"? ",
        "./rel|missing scheme for dir url. Did you mean \"file://./rel\"? ",
        "/abs/m|missing scheme for dir url. Did you mean \"file:///abs/m\"? ",
        "file://m?format=x|unknown dir format \"x\"",
        "postgres://localhost/db|unsupported driver \"postgres\"",
      },
      ignoreLeadingAndTrailingWhitespace = false)
  void errors(String url, String message) {
    assertThatThrownBy(() -> DirUrl.parse(url))
        .isInstanceOf(StrataException.class)
        .hasMessage(message)
        .extracting(e -> ((StrataException) e).code())
        .isEqualTo(ErrorCode.BAD_URL);
  }

  @Test
  void emptyUrlSuggestsTheBareScheme() {
    assertThatThrownBy(() -> DirUrl.parse(""))
        .hasMessage("missing scheme for dir url. Did you mean \"file://\"? ");
    assertThatThrownBy(() -> DirUrl.parse(null))
        .hasMessage("missing scheme for dir url. Did you mean \"file://\"? ");
  }

  @Test
  void atlasCloudIsRefusedClearly() {
    assertThatThrownBy(() -> DirUrl.parse("atlas://app"))
        .isInstanceOf(StrataException.class)
        .hasMessageContaining("not supported by Strata");
  }

  @Test
  void legacyDirFormatOnlyWhenTheUrlHasNone() {
    DirUrl applied = DirUrl.withDefaultFormat("file://migrations", "golang-migrate");
    assertThat(applied.format()).isEqualTo(DirFormat.GOLANG_MIGRATE);
    assertThat(applied.raw()).isEqualTo("file://migrations?format=golang-migrate");

    DirUrl sorted = DirUrl.withDefaultFormat("file://migrations?version=2", "goose");
    assertThat(sorted.raw()).isEqualTo("file://migrations?format=goose&version=2");
    assertThat(sorted.version()).contains("2");

    assertThat(DirUrl.withDefaultFormat("file://m?format=flyway", "goose").format())
        .isEqualTo(DirFormat.FLYWAY);
    // An explicit empty format counts as given (Go's Query().Has).
    assertThat(DirUrl.withDefaultFormat("file://m?format=", "goose").format())
        .isEqualTo(DirFormat.ATLAS);
    assertThat(DirUrl.withDefaultFormat("file://m", null).raw()).isEqualTo("file://m");
    assertThat(DirUrl.withDefaultFormat("file://m", "").format()).isEqualTo(DirFormat.ATLAS);
    assertThatThrownBy(() -> DirUrl.withDefaultFormat("file://m", "nope"))
        .hasMessage("unknown dir format \"nope\"");
    assertThatThrownBy(() -> DirUrl.withDefaultFormat("migrations", "goose"))
        .hasMessage("missing scheme for dir url. Did you mean \"file://migrations\"? ");
  }
}
