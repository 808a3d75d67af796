/**
 * Benchmarks, run by hand and never as tests: micro-benchmarks of pure parts (splitter, sum file,
 * inspection) and {@link dev.strata.bench.ApplyBench}, the end-to-end apply and status benchmark
 * against a raw JDBC floor, Flyway and Liquibase. May depend on anything, including the tools
 * Strata is compared with; nothing depends on it. Results and commands: docs/benchmarks.md.
 */
package dev.strata.bench;
