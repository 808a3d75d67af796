package dev.strata.sql;

import java.util.List;

/**
 * One statement of a migration file.
 *
 * @param text the trimmed statement, including its trailing {@code ;} for the default delimiter
 *     (a custom delimiter is stripped)
 * @param offset byte offset (UTF-8) of the statement's first character in the file
 * @param line 1-based line of the statement's first character
 * @param column column of the first character, counted as Atlas does (atlas-compat.md §2.1)
 * @param comments the comments attached before the statement (directives live here), in order
 */
public record Statement(String text, long offset, int line, int column, List<String> comments) {
  public Statement {
    comments = List.copyOf(comments);
  }
}
