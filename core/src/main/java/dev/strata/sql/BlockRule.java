package dev.strata.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Joins {@link Segment}s into statements by matching {@code BEGIN ... END} blocks (atlas-compat.md
 * §2.2), in the manner of SQLite's {@code sqlite3_complete} state machine.
 *
 * <p>Atlas scans a block by recursively scanning inner statements until one that closes it; when
 * none does before the end of the input, the {@code BEGIN} is an ordinary word and scanning goes on
 * after it. The inner statements of that recursive scan are exactly the segments, so the rule keeps
 * a stack of open <em>frames</em> and decides from segment facts alone:
 *
 * <pre>
 * event (in segment order)           | state change
 * -----------------------------------+-----------------------------------------------------------
 * segment begins                     | innermost frame starts a new inner statement; it starts
 *                                    | with END iff part 0 does
 * opener in the segment              | push a frame (PLAIN or ATOMIC); its first statement starts
 *                                    | with END iff the part after the opener does
 * segment ends, innermost PLAIN      | closes iff its statement is exactly "END" or "END;"
 * segment ends, innermost ATOMIC     | closes iff its statement starts with END
 * a frame closes                     | pop; the parent's statement ends here too, so an ATOMIC
 *                                    | parent whose statement started with END closes as well
 *                                    | (repeat); a PLAIN parent cannot (its statement holds BEGIN)
 * stack empty after a segment        | a statement ends: from the first waiting segment to here
 * end of input (or a scan error)     | open frames fail, innermost first: their BEGIN is a word
 *                                    | and the waiting segments are re-read without it
 * waiting text exceeds the block cap | the outermost frame fails (see below)
 * </pre>
 *
 * <p>Segments wait in a window while a frame is open. Failing the outermost frame is cheap: each
 * segment records its {@code level} (open frames after it plus frames failed before it was
 * recorded), and after the failure the segments with {@code level == failed} end statements.
 * Failing at the end of input re-runs the table over the window: a PLAIN frame fails together with
 * the frame failing inside it (it saw no END either), an ATOMIC parent may still close on an {@code
 * END IF;} its failed child ignored, so the table is run again for such a parent when a statement
 * starting with END follows.
 *
 * <p>Deviation from Atlas, for bounded memory: a block is looked for over at most {@code maxChars}
 * characters from its statement start. A {@code BEGIN} whose {@code END} lies further is a word, as
 * if the input ended there.
 */
final class BlockRule {
  /** Default look-ahead for a block's END: 4 M characters (8 MB of buffer). */
  static final long DEFAULT_MAX_CHARS = 1L << 22;

  /** Receives each statement as its first and last segment, in order. */
  interface Sink {
    void statement(Segment first, Segment last);
  }

  private static final class Frame {
    final Segment.Opener opener;
    final long openerSeq;
    boolean startsWithEnd;

    Frame(Segment.Opener opener, long openerSeq) {
      this.opener = opener;
      this.openerSeq = openerSeq;
      this.startsWithEnd = opener.bodyStartsWithEnd;
    }
  }

  private final long maxChars;
  private final Sink sink;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final Deque<Segment> window = new ArrayDeque<>();
  private int failed;
  private long seq;

  BlockRule(long maxChars, Sink sink) {
    this.maxChars = maxChars;
    this.sink = sink;
  }

  /** Returns whether segments are waiting for a block to close. */
  boolean waiting() {
    return !window.isEmpty();
  }

  /** Returns the start of the first waiting segment; only when {@link #waiting()}. */
  long windowStart() {
    return window.getFirst().start;
  }

  /** Feeds the next segment; finished statements go to the sink. */
  void accept(Segment s) {
    if (stack.isEmpty() && s.openers == null) {
      sink.statement(s, s);
      return;
    }
    s.seq = seq++;
    window.addLast(s);
    step(stack, s);
    s.level = stack.size() + failed;
    if (stack.isEmpty()) {
      sink.statement(window.getFirst(), s);
      window.clear();
      return;
    }
    while (!stack.isEmpty() && s.end - window.getFirst().start > maxChars) {
      failOutermost();
    }
  }

  /** Ends the input: fails the open frames and flushes every waiting statement. */
  void finish() {
    if (window.isEmpty()) {
      return;
    }
    List<Segment> segments = new ArrayList<>(window);
    long lastEnd = -1; // the last segment holding a part that starts with END
    for (Segment s : segments) {
      if (s.startsWithEnd
          || (s.openers != null && s.openers.stream().anyMatch(o -> o.bodyStartsWithEnd))) {
        lastEnd = s.seq;
      }
    }
    for (; ; ) {
      Deque<Frame> open = new ArrayDeque<>();
      for (Segment s : segments) {
        step(open, s);
      }
      if (open.isEmpty()) {
        break;
      }
      Frame f = open.removeLast();
      f.opener.excluded = true;
      // The parent fails too unless it is ATOMIC and an END-statement follows that it may close on.
      while (!open.isEmpty()
          && (open.getLast().opener.type == Segment.Opener.PLAIN || f.openerSeq > lastEnd)) {
        f = open.removeLast();
        f.opener.excluded = true;
      }
    }
    Deque<Frame> open = new ArrayDeque<>();
    Segment first = null;
    for (Segment s : segments) {
      first = first == null ? s : first;
      step(open, s);
      if (open.isEmpty()) {
        sink.statement(first, s);
        first = null;
      }
    }
    window.clear();
    stack.clear();
  }

  private void failOutermost() {
    stack.removeFirst().opener.excluded = true;
    failed++;
    long limit = stack.isEmpty() ? Long.MAX_VALUE : stack.getFirst().openerSeq;
    Segment first = null;
    while (!window.isEmpty() && window.getFirst().seq < limit) {
      Segment s = window.removeFirst();
      first = first == null ? s : first;
      if (s.level == failed) {
        sink.statement(first, s);
        first = null;
      }
    }
    if (first != null) {
      throw new IllegalStateException("block window out of step at " + first.start);
    }
  }

  /** Applies the state table to one segment. */
  private static void step(Deque<Frame> open, Segment s) {
    Frame top = open.peekLast();
    if (top != null) {
      top.startsWithEnd = s.startsWithEnd;
    }
    Segment.Opener last = null;
    if (s.openers != null) {
      for (Segment.Opener o : s.openers) {
        if (!o.excluded) {
          open.addLast(new Frame(o, s.seq));
        }
        last = o;
      }
    }
    top = open.peekLast();
    if (top == null) {
      return;
    }
    boolean closes =
        top.opener.type == Segment.Opener.ATOMIC
            ? top.startsWithEnd
            : s.exactEnd && (last == null || !last.excluded);
    if (!closes) {
      return;
    }
    open.removeLast();
    for (Frame p = open.peekLast(); p != null; p = open.peekLast()) {
      if (p.opener.type != Segment.Opener.ATOMIC || !p.startsWithEnd) {
        break;
      }
      open.removeLast();
    }
  }
}
