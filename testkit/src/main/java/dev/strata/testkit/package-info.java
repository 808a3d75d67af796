/**
 * Test support shared by every module: {@link dev.strata.testkit.TestDatabases} (fresh PostgreSQL
 * databases and schemas, MariaDB databases and SQLite files, dropped afterwards) and {@link
 * dev.strata.testkit.DriverContractTest}, the suite every driver passes against a real server.
 * Depends on the core, JUnit 5 and AssertJ; reaches servers through {@link java.sql.DriverManager},
 * so the JDBC driver comes from the module under test.
 */
package dev.strata.testkit;
