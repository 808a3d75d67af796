package dev.strata.sql;

import java.util.List;

/**
 * One run of input ended by the delimiter at parenthesis depth 0, or by the end of the input: what
 * Atlas's scanner calls a statement before it groups {@code BEGIN ... END} blocks. The {@link
 * BlockRule} joins segments into statements.
 *
 * <p>A segment may contain block openers ({@code BEGIN}/{@code BEGIN ATOMIC} at depth 0). They cut
 * it into parts: part 0 from the start to the first opener, part k after opener k. The facts the
 * block rule needs are kept per part: whether it starts with {@code END}, and for the last part
 * whether it is exactly {@code END} or {@code END;}.
 */
final class Segment {
  /** Position of the first character (after white space and detached comments). */
  final long start;

  /** Position just past the delimiter, or the end of input. */
  final long end;

  /** The delimiter in force when the segment ended; custom ones are stripped from the text. */
  final String delimiter;

  /** Comments detached before the segment, in order; null when none. */
  final List<String> comments;

  /** Block openers in order; null when none. */
  final List<Opener> openers;

  /** Whether part 0 starts with {@code END} (any case). */
  final boolean startsWithEnd;

  /** Whether the last part is exactly {@code END} or {@code END;} once trimmed. */
  final boolean exactEnd;

  /** Order of the segment in the block rule's window; set only there. */
  long seq;

  /** Open frames after the segment plus frames dropped before it was recorded; see BlockRule. */
  int level;

  Segment(
      long start,
      long end,
      String delimiter,
      List<String> comments,
      List<Opener> openers,
      boolean startsWithEnd,
      boolean exactEnd) {
    this.start = start;
    this.end = end;
    this.delimiter = delimiter;
    this.comments = comments;
    this.openers = openers;
    this.startsWithEnd = startsWithEnd;
    this.exactEnd = exactEnd;
  }

  /** A {@code BEGIN} (or {@code BEGIN ATOMIC}) that may open a compound block. */
  static final class Opener {
    /** {@code BEGIN}: closed by an inner statement that is exactly {@code END} or {@code END;}. */
    static final int PLAIN = 0;

    /** {@code BEGIN ATOMIC}: closed by any inner statement starting with {@code END}. */
    static final int ATOMIC = 1;

    /** {@link #PLAIN} or {@link #ATOMIC}. */
    final int type;

    /** Whether the part after the opener (its first inner statement) starts with {@code END}. */
    final boolean bodyStartsWithEnd;

    /** Set once the block is known not to close: the BEGIN is then an ordinary word. */
    boolean excluded;

    Opener(int type, boolean bodyStartsWithEnd) {
      this.type = type;
      this.bodyStartsWithEnd = bodyStartsWithEnd;
    }
  }
}
