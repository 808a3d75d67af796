package dev.strata.migrate.dir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns I/O exceptions into the short texts Go's os package prints ("x: no such file or
 * directory").
 */
final class IoMessages {
  private IoMessages() {}

  /** Returns the text for {@code e}; never null. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException) {
      FileSystemException fse = (FileSystemException) e;
      String file = fse.getFile() == null ? "" : fse.getFile() + ": ";
      if (e instanceof NoSuchFileException) {
        return file + "no such file or directory";
      }
      if (e instanceof AccessDeniedException) {
        return file + "permission denied";
      }
      if (e instanceof NotDirectoryException) {
        return file + "not a directory";
      }
      return file + (fse.getReason() == null ? e.getClass().getSimpleName() : fse.getReason());
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
