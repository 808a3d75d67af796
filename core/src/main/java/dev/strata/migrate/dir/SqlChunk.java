package dev.strata.migrate.dir;

import java.util.Objects;

/**
 * A piece of the "up" SQL of a migration file, handed to the statement splitter.
 *
 * @param text the SQL text: lines of the file joined with {@code \n}
 * @param line the 1-based line of the file on which {@code text} starts, so the splitter's
 *     positions can be turned into file positions ({@code fileLine = line + chunkLine - 1})
 * @param split true when the text may hold any number of statements and must be split by the
 *     scanner with {@code ;} as delimiter; false when the text is exactly one statement (a goose
 *     {@code StatementBegin/End} block, or text that goose's line rule already ended), which the
 *     caller must not split again, only trim and detach leading comments from (a chunk holding only
 *     comments yields no statement)
 */
public record SqlChunk(String text, int line, boolean split) {
  public SqlChunk {
    Objects.requireNonNull(text, "text");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1: " + line);
    }
  }
}
