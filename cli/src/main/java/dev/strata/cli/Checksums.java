package dev.strata.cli;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.ChecksumValidator;

/** Prints Atlas's checksum-error block to stdout before the error itself reaches stderr. */
final class Checksums {
  private Checksums() {}

  /** Prints the block when {@code e} is a checksum error; does nothing otherwise. */
  static void explainIfChecksum(CliContext context, StrataException e) {
    if (e.code() == ErrorCode.CHECKSUM && !e.getMessage().equals("checksum file format invalid")) {
      context.out().print(ChecksumValidator.explain(e, false));
      context.out().flush();
    }
  }
}
