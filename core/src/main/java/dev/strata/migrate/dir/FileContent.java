package dev.strata.migrate.dir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where the bytes of a migration file come from. Nothing is read until {@link #open()} or {@link
 * #bytes()} is called, and nothing is cached: each call reads again, so a 1 GB data migration can
 * be streamed without holding it in memory.
 */
public sealed interface FileContent permits FileContent.OnDisk, FileContent.InMemory, FileContent.Cached {

  /** Returns a new stream over the content; the caller closes it. */
  InputStream open() throws IOException;

  /** Returns the whole content, read now. */
  default byte[] bytes() throws IOException {
    try (InputStream in = open()) {
      return in.readAllBytes();
    }
  }

  /**
   * Returns the content's size in bytes when it is known without reading (held in memory), or -1.
   * A hint for sizing buffers, never a promise about what a later read returns.
   */
  default long sizeHint() {
    return -1;
  }

  /** Returns content read from {@code path} on demand. */
  static FileContent of(Path path) {
    return new OnDisk(path);
  }

  /** Returns content held in memory; the array is copied. */
  static FileContent of(byte[] bytes) {
    return new InMemory(bytes.clone());
  }

  /** A file on disk, read on each call. */
  record OnDisk(Path path) implements FileContent {
    public OnDisk {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public byte[] bytes() throws IOException {
      return Files.readAllBytes(path);
    }
  }

  /**
   * A file on disk whose bytes are kept after the first full read when the file is small (at
   * most {@value #LIMIT} bytes), so that validating the checksum, reading directives and
   * splitting read a migration file once per command. Large files are streamed every time.
   */
  final class Cached implements FileContent {
    /** Files up to this size are kept in memory once read. */
    public static final int LIMIT = 1 << 20;

    private final Path path;
    private volatile byte[] data;

    Cached(Path path) {
      this.path = Objects.requireNonNull(path, "path");
    }

    @Override
    public InputStream open() throws IOException {
      byte[] d = data;
      if (d != null) {
        return new ByteArrayInputStream(d);
      }
      // Read up to the limit now: a small file (nearly all of them) is then kept, so the checksum
      // check, the directive scan and the splitter share one read; a large one continues from
      // the same channel. The buffer is sized from the file's size, one byte over so that a full
      // buffer means "more may follow": a small file takes one read, and one more to see its end.
      FileChannel ch = FileChannel.open(path);
      ByteBuffer first;
      try {
        first = ByteBuffer.allocate((int) Math.min(ch.size(), LIMIT) + 1);
        while (first.hasRemaining() && ch.read(first) >= 0) {
          // Read until the buffer is full or the file ends.
        }
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
      byte[] read = Arrays.copyOf(first.array(), first.position());
      if (first.hasRemaining()) {
        ch.close();
        data = read;
        return new ByteArrayInputStream(read);
      }
      // Larger than the limit, or grown since its size was read: stream it, keep nothing.
      return new SequenceInputStream(new ByteArrayInputStream(read), Channels.newInputStream(ch));
    }

    @Override
    public byte[] bytes() throws IOException {
      byte[] d = data;
      if (d != null) {
        return d.clone();
      }
      byte[] read = Files.readAllBytes(path);
      if (read.length <= LIMIT) {
        data = read.clone();
      }
      return read;
    }

    @Override
    public long sizeHint() {
      byte[] d = data;
      return d == null ? -1 : d.length;
    }

    @Override
    public String toString() {
      return "Cached[" + path + "]";
    }
  }

  /** Bytes held in memory (never exposed, so the record stays immutable). */
  final class InMemory implements FileContent {
    private final byte[] data;

    private InMemory(byte[] data) {
      this.data = data;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(data);
    }

    @Override
    public byte[] bytes() {
      return data.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InMemory && Arrays.equals(data, ((InMemory) o).data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }

    @Override
    public long sizeHint() {
      return data.length;
    }

    @Override
    public String toString() {
      return "InMemory[" + data.length + " bytes]";
    }
  }
}
