package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's training run loads the JDBC drivers' classes from a jar without running them. */
class CdsTrainingTest {
  @Test
  void loadsEveryLinkableClassOfTheDriverPackages() throws Exception {
    Path pgjdbc = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {pgjdbc.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    int loaded = CdsTraining.loadClasses(pgjdbc, CdsTraining.DRIVER_PACKAGES, loader);
    assertThat(loaded).isGreaterThan(300);
    assertThat(Class.forName("org.postgresql.Driver", false, loader).getClassLoader()).isSameAs(loader);
  }

  @Test
  void otherPackagesAreLeftAlone() throws Exception {
    Path pgjdbc = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {pgjdbc.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    assertThat(CdsTraining.loadClasses(pgjdbc, List.of("no/such/package/"), loader)).isZero();
  }
}
