package dev.strata.migrate.dir;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the "up" part of goose and dbmate files (atlas-compat.md §1.5), line by line as Atlas's
 * {@code sql/sqltool} readers do.
 *
 * <p>goose state table (a pragma is a line starting with {@code -- +goose}):
 *
 * <pre>
 * state  | Up    | StatementBegin | StatementEnd        | Down  | line ending ';' (not a comment)
 * NONE   | UP    | error          | error               | error | skipped (text before Up)
 * UP     | error | BLOCK          | error               | stop  | ends the current statement
 * BLOCK  | error | error          | ends statement, UP  | error | part of the block
 * </pre>
 *
 * <p>Deliberate differences from Atlas, which would lose SQL: Atlas recognises a pragma line with
 * the unanchored regex {@code -- \+goose Up|Down|StatementBegin|StatementEnd} (and {@code --
 * migrate:up|down}), so it silently drops any SQL line containing the word {@code Down} or {@code
 * down}; here only real pragma lines are dropped. dbmate's {@code -- migrate:up transaction:false}
 * is accepted as an up marker (Atlas ignores it and finds no statement). Text before goose's {@code
 * Up} is skipped (§1.5: only the part between Up and Down). Lines longer than 64 KiB are read whole
 * (Atlas's line scanner stops there).
 *
 * <p>Pragma lines are dropped from the text as Atlas drops them. When unterminated SQL is pending
 * before a {@code StatementBegin}, Atlas joins it with the block into one statement, and so does
 * this reader; the lines after the dropped pragma then sit one line earlier in the chunk than in
 * the file (the statement text stays identical to Atlas's, which the partial hashes need).
 */
final class UpSectionReader {
  private static final String GOOSE = "-- +goose";
  private static final String DBMATE = "-- migrate:";

  private enum State {
    NONE,
    UP,
    BLOCK
  }

  private UpSectionReader() {}

  /** Returns the statements of a goose file's up part, each chunk one statement (split=false). */
  static List<SqlChunk> goose(String fileName, String text) {
    GooseScan scan = new GooseScan(fileName);
    List<String> lines = GoText.lines(text);
    for (int i = 0; i < lines.size(); i++) {
      if (!scan.line(i + 1, lines.get(i))) {
        break;
      }
    }
    scan.flush();
    return List.copyOf(scan.chunks);
  }

  /** The goose state machine of the table above, fed one line at a time. */
  private static final class GooseScan {
    private final String fileName;
    private final List<SqlChunk> chunks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private State state = State.NONE;
    private int start; // line of the pending chunk's first line; 0 when none is pending

    GooseScan(String fileName) {
      this.fileName = fileName;
    }

    // Returns false once the up part is over (the Down annotation).
    boolean line(int lineNo, String line) {
      if (line.startsWith(GOOSE)) {
        String pragma = GoText.trim(line.substring(GOOSE.length()));
        switch (pragma) {
          case "Up":
            expect(State.NONE, lineNo, pragma);
            state = State.UP;
            return true;
          case "Down":
            expect(State.UP, lineNo, pragma);
            return false;
          case "StatementBegin":
            expect(State.UP, lineNo, pragma);
            state = State.BLOCK;
            if (current.toString().isBlank()) {
              // Only blank lines pending: start the block's chunk after this line, so its line
              // numbers stay exact (blank lines never reach a statement's text anyway).
              current.setLength(0);
              start = 0;
            }
            return true;
          case "StatementEnd":
            expect(State.BLOCK, lineNo, pragma);
            state = State.UP;
            flush();
            return true;
          default:
            // Other annotations ("NO TRANSACTION", "ENVSUB ON") stay in the text as comments.
        }
      }
      if (state != State.NONE) {
        append(lineNo, GoText.trimRight(line));
      }
      return true;
    }

    private void append(int lineNo, String line) {
      if (start == 0) {
        start = lineNo;
      } else {
        current.append('\n');
      }
      current.append(line);
      if (state == State.UP && line.endsWith(";") && !line.startsWith("--")) {
        flush();
      }
    }

    // Adds the pending text as one statement, unless it is blank.
    void flush() {
      if (start > 0 && !current.toString().isBlank()) {
        chunks.add(new SqlChunk(current.toString(), start, false));
      }
      current.setLength(0);
      start = 0;
    }

    private void expect(State wanted, int line, String pragma) {
      if (state != wanted) {
        throw new StrataException(
            ErrorCode.DIRECTORY,
            "sql/migrate: goose: "
                + fileName
                + ":"
                + line
                + " unexpected goosePragma '"
                + pragma
                + "'");
      }
    }
  }

  /** Returns the up part of a dbmate file as one chunk to split, or nothing when it has none. */
  static List<SqlChunk> dbmate(String text) {
    List<String> lines = GoText.lines(text);
    StringBuilder up = new StringBuilder();
    int start = 0;
    boolean inUp = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(DBMATE)) {
        String marker = GoText.firstWord(line.substring(DBMATE.length()));
        if (marker.equals("up")) {
          inUp = true;
          continue;
        }
        if (marker.equals("down")) {
          break;
        }
      }
      if (inUp) {
        if (start == 0) {
          start = i + 1;
        } else {
          up.append('\n');
        }
        up.append(line);
      }
    }
    if (start == 0 || up.toString().isBlank()) {
      return List.of();
    }
    return List.of(new SqlChunk(up.toString(), start, true));
  }
}
