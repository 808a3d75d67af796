package dev.strata.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A loopback TCP proxy in front of PostgreSQL or MariaDB that counts connections, round trips (the
 * times the client sends after the server has answered: pipelined messages, such as pgjdbc's BEGIN
 * sent with the statement after it, make one) and the statements the client sends, grouped by their
 * first words with digits folded ({@code INSERT INTO "atlas_schema_revisions" ...}). It reads the
 * client's side of the wire protocol and changes nothing; it adds latency, so it is for counting,
 * never for timing. Plain connections only: the benchmark's URLs disable TLS.
 */
final class WireCounter implements AutoCloseable {
  /** The wire protocol spoken through the proxy. */
  enum Protocol {
    POSTGRES,
    MARIADB
  }

  private static final int KEY_LENGTH = 56;

  private final Protocol protocol;
  private final int upstreamPort;
  private final ServerSocket server;
  private final Thread acceptor;
  private final Map<String, Integer> statements = new TreeMap<>();
  private int connections;
  private int roundTrips;

  WireCounter(Protocol protocol, int upstreamPort) throws IOException {
    this.protocol = protocol;
    this.upstreamPort = upstreamPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = new Thread(this::acceptLoop, "wire-counter");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Returns the port clients connect to instead of the server's. */
  int port() {
    return server.getLocalPort();
  }

  /** What was counted since the last reset. */
  record Counts(int connections, int roundTrips, Map<String, Integer> statements) {
    int statementCount() {
      return statements.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Returns the counts so far and starts counting from zero. */
  synchronized Counts reset() {
    Counts c = new Counts(connections, roundTrips, new TreeMap<>(statements));
    connections = 0;
    roundTrips = 0;
    statements.clear();
    return c;
  }

  private synchronized void connected() {
    connections++;
  }

  private synchronized void roundTrip() {
    roundTrips++;
  }

  private synchronized void statement(String sql) {
    statements.merge(key(sql), 1, Integer::sum);
  }

  /** Returns the statement's first characters, whitespace collapsed and digits folded to '#'. */
  static String key(String sql) {
    String s = sql.strip().replaceAll("\\s+", " ").replaceAll("[0-9]+", "#");
    return s.length() <= KEY_LENGTH ? s : s.substring(0, KEY_LENGTH) + "…";
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        connected();
        Turns turns = new Turns();
        Parser parser = protocol == Protocol.POSTGRES ? new PgParser() : new MariaParser();
        pump(
            upstream.getInputStream(),
            client.getOutputStream(),
            (buf, n) -> turns.serverSpoke = true,
            client,
            upstream);
        pump(
            client.getInputStream(),
            upstream.getOutputStream(),
            (buf, n) -> {
              if (turns.serverSpoke) {
                turns.serverSpoke = false;
                roundTrip();
              }
              parser.feed(buf, n);
            },
            client,
            upstream);
      } catch (IOException e) {
        if (!server.isClosed()) {
          System.err.println("wire-counter: " + e.getMessage());
        }
      }
    }
  }

  /**
   * Whether the server has answered since the client last sent: the client's next bytes start a new
   * round trip. The server's first bytes (PostgreSQL answers the start-up message; MariaDB greets
   * first) make the handshake count too.
   */
  private static final class Turns {
    volatile boolean serverSpoke = true;
  }

  /** Sees the bytes a pump copies, before they are passed on. */
  private interface Tap {
    void saw(byte[] buf, int n);
  }

  /** Copies {@code in} to {@code out}, showing each chunk to {@code tap} first. */
  private static void pump(InputStream in, OutputStream out, Tap tap, Socket a, Socket b) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[64 * 1024];
              try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                  tap.saw(buf, n);
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException ignored) {
                // One side closed: close both.
              } finally {
                closeQuietly(a);
                closeQuietly(b);
              }
            },
            "wire-counter-pump");
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  /** Splits a byte stream into protocol messages and counts them. */
  private abstract static class Parser {
    private byte[] pending = new byte[0];

    final void feed(byte[] buf, int n) {
      byte[] all = new byte[pending.length + n];
      System.arraycopy(pending, 0, all, 0, pending.length);
      System.arraycopy(buf, 0, all, pending.length, n);
      int used = 0;
      while (true) {
        int len = messageLength(all, used, all.length - used);
        if (len < 0 || used + len > all.length) {
          break;
        }
        message(all, used, len);
        used += len;
      }
      pending = java.util.Arrays.copyOfRange(all, used, all.length);
    }

    /** Returns the whole length of the message starting at {@code off}, or -1 if unknown yet. */
    abstract int messageLength(byte[] b, int off, int available);

    abstract void message(byte[] b, int off, int len);

    static int int32(byte[] b, int off) {
      return ((b[off] & 0xff) << 24)
          | ((b[off + 1] & 0xff) << 16)
          | ((b[off + 2] & 0xff) << 8)
          | (b[off + 3] & 0xff);
    }

    /** Returns the NUL-terminated string at {@code off} and the offset after it. */
    static String[] cstring(byte[] b, int off) {
      int end = off;
      while (b[end] != 0) {
        end++;
      }
      return new String[] {
        new String(b, off, end - off, StandardCharsets.UTF_8), String.valueOf(end + 1)
      };
    }
  }

  /**
   * PostgreSQL frontend messages: untyped until the StartupMessage (SSLRequest and GSSENCRequest
   * come before it), then a type byte and a length. Statements are the texts of simple Queries
   * ('Q') and the Parse texts that Execute ('E') runs.
   */
  private final class PgParser extends Parser {
    private boolean started;
    private final Map<String, String> prepared = new HashMap<>();
    private String bound = "";

    @Override
    int messageLength(byte[] b, int off, int available) {
      if (!started) {
        return available < 4 ? -1 : int32(b, off);
      }
      return available < 5 ? -1 : 1 + int32(b, off + 1);
    }

    @Override
    void message(byte[] b, int off, int len) {
      if (!started) {
        int code = int32(b, off + 4);
        started = code == 196608; // protocol 3.0: the StartupMessage
        return;
      }
      switch ((char) b[off]) {
        case 'Q':
          splitSimpleQuery(cstring(b, off + 5)[0]);
          break;
        case 'P':
          {
            String[] name = cstring(b, off + 5);
            String[] text = cstring(b, Integer.parseInt(name[1]));
            prepared.put(name[0], text[0]);
            break;
          }
        case 'B':
          {
            String[] portal = cstring(b, off + 5);
            bound = prepared.getOrDefault(cstring(b, Integer.parseInt(portal[1]))[0], "?");
            break;
          }
        case 'E':
          statement(bound);
          break;
        default:
          break;
      }
    }

    private void splitSimpleQuery(String sql) {
      for (String s : sql.split(";")) {
        if (!s.isBlank()) {
          statement(s);
        }
      }
    }
  }

  /**
   * MariaDB client packets: a 3-byte length and a sequence number. A packet with sequence 0 starts
   * a command. Statements are the texts of COM_QUERY and COM_STMT_PREPARE; a prepared statement's
   * executions count as {@code EXECUTE <prepared>}, other commands by their number.
   */
  private final class MariaParser extends Parser {
    @Override
    int messageLength(byte[] b, int off, int available) {
      if (available < 4) {
        return -1;
      }
      return 4 + ((b[off] & 0xff) | ((b[off + 1] & 0xff) << 8) | ((b[off + 2] & 0xff) << 16));
    }

    @Override
    void message(byte[] b, int off, int len) {
      if (b[off + 3] != 0 || len < 5) {
        return; // A handshake packet or a continuation.
      }
      int command = b[off + 4] & 0xff;
      switch (command) {
        case 0x01: // COM_QUIT
        case 0x19: // COM_STMT_CLOSE
          return;
        case 0x03: // COM_QUERY
          statement(new String(b, off + 5, len - 5, StandardCharsets.UTF_8));
          return;
        case 0x16: // COM_STMT_PREPARE
          statement("PREPARE " + new String(b, off + 5, len - 5, StandardCharsets.UTF_8));
          return;
        case 0x17: // COM_STMT_EXECUTE
          statement("EXECUTE <prepared>");
          return;
        default:
          statement(String.format(Locale.ROOT, "<command 0x%02x>", command));
      }
    }
  }

  /** Returns the counts as Markdown rows: the statements most executed first. */
  static List<String> topStatements(Counts c, int limit, int perFile) {
    List<Map.Entry<String, Integer>> e = new ArrayList<>(c.statements().entrySet());
    e.sort((x, y) -> y.getValue() - x.getValue());
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> x : e.subList(0, Math.min(limit, e.size()))) {
      out.add(
          String.format(
              Locale.ROOT,
              "%6d  (%.2f/file)  %s",
              x.getValue(),
              x.getValue() / (double) perFile,
              x.getKey()));
    }
    return out;
  }
}
