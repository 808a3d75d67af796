package dev.strata.driver.sqlite.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.devdb.DevDatabase;
import dev.strata.model.Realm;
import dev.strata.model.Schema;
import dev.strata.spi.Driver;
import dev.strata.spi.DriverRegistry;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code sqlite://dev?mode=memory} is a clean, throw-away dev database: empty when first opened,
 * usable for replay and inspection while a connection is open, gone when the last one closes.
 */
class DevDatabaseTest {
  @Test
  void inMemoryDevDatabaseIsCleanAndThrowAway() throws Exception {
    String url = "sqlite://dev?mode=memory";
    try (Connection first = Databases.open(url)) {
      assertEquals(new Realm(List.of(Schema.empty("main"))), Databases.inspect(first));
      Databases.run(first, RoundTripTest.chinookText());
      try (Connection second = Databases.open(url)) {
        // A second connection sees the same database while the first is open.
        assertEquals(Databases.inspect(first), Databases.inspect(second));
        assertEquals(11, Databases.inspect(second).schemas().get(0).tables().size());
      }
    }
    try (Connection again = Databases.open(url)) {
      assertEquals(new Realm(List.of(Schema.empty("main"))), Databases.inspect(again));
    }
  }

  @Test
  void devDatabaseReplaysAndRestoresThroughTheDriver() throws Exception {
    Driver driver = DriverRegistry.load().driverFor("sqlite://dev_replay?mode=memory");
    try (Connection keepAlive = driver.connect();
        DevDatabase dev = DevDatabase.open(driver)) {
      String features = RoundTripTest.resource("features.sql");
      Realm first = dev.replaySql(List.of(new DevDatabase.SqlSource("features.sql", features)));
      assertEquals(Databases.inspect(keepAlive).schemas().get(0).tables(), List.of(), "restored");
      assertEquals(Optional.empty(), driver.cleanChecker().dirtyReason(keepAlive, null));
      Realm second = dev.replaySql(List.of(new DevDatabase.SqlSource("features.sql", features)));
      assertEquals(first, second);
      assertEquals(7, first.schemas().get(0).tables().size() + first.schemas().get(0).views().size());
    }
  }

  @Test
  void otherSchemasAreNotThere() throws Exception {
    try (Connection c = Databases.open("sqlite://dev_other?mode=memory")) {
      assertEquals(new Realm(List.of()), new SqliteInspector().inspect(c, List.of("public")));
      assertEquals(1, new SqliteInspector().inspect(c, List.of("main")).schemas().size());
    }
  }
}
