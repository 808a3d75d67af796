package dev.strata.url;

import dev.strata.error.ErrorCode;
import dev.strata.error.StrataException;
import dev.strata.migrate.dir.DirFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A parsed migration-directory URL (atlas-compat.md §1.5): {@code
 * file://path[?format=..&version=..]} or {@code mem://name}. Parsing follows Atlas (Go's net/url,
 * then {@code filepath.Join(host, path)}): {@code file://migrations} and {@code file:///abs/dir}
 * both work, {@code file://} alone means {@code migrations}.
 *
 * @param raw the URL as given (after a legacy {@code --dir-format} was applied)
 * @param kind local folder or in-memory directory
 * @param path the cleaned local path, or the in-memory directory's name
 * @param format the {@code format} parameter; {@link DirFormat#ATLAS} when absent or empty
 * @param version the {@code version} parameter (read a directory up to that version), or empty
 */
public record DirUrl(
    String raw, Kind kind, String path, DirFormat format, Optional<String> version) {
  /** The directory {@code file://} names when its path is empty. */
  public static final String DEFAULT_PATH = "migrations";

  /** Where the files live. */
  public enum Kind {
    /** A folder on the local file system ({@code file://}). */
    FILE,
    /** An in-memory directory ({@code mem://}). */
    MEM
  }

  public DirUrl {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(version, "version");
  }

  /**
   * Returns the parsed URL.
   *
   * @throws StrataException with {@link ErrorCode#BAD_URL} and Atlas's wording: {@code missing
   *     scheme for dir url. Did you mean "file://<path>"? } (with Atlas's trailing space), {@code
   *     unknown dir format "x"}, {@code unsupported driver "x"}
   */
  public static DirUrl parse(String url) {
    String s = url == null ? "" : url;
    int hash = s.indexOf('#');
    String noFragment = hash < 0 ? s : s.substring(0, hash);
    int q = noFragment.indexOf('?');
    String rawQuery = q < 0 ? "" : noFragment.substring(q + 1);
    String beforeQuery = q < 0 ? noFragment : noFragment.substring(0, q);
    int colon = schemeEnd(beforeQuery);
    if (colon < 0) {
      throw new StrataException(
          ErrorCode.BAD_URL,
          "missing scheme for dir url. Did you mean "
              + quote("file://" + unescape(beforeQuery))
              + "? ");
    }
    String scheme = beforeQuery.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = beforeQuery.substring(colon + 1);
    String host = "";
    String path = rest;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      path = slash < 0 ? "" : rest.substring(slash);
    }
    host = unescape(host);
    path = unescape(path);
    Map<String, List<String>> params = QueryString.parse(rawQuery);
    switch (scheme) {
      case "file":
        return new DirUrl(
            url, Kind.FILE, localPath(host, path), formatOf(params), versionOf(params));
      case "mem":
        return new DirUrl(url, Kind.MEM, memName(host, path), formatOf(params), versionOf(params));
      case "atlas":
        throw new StrataException(
            ErrorCode.BAD_URL,
            "atlas:// directories (Atlas Cloud) are not supported by Strata: use a file://"
                + " directory");
      default:
        throw new StrataException(ErrorCode.BAD_URL, "unsupported driver " + quote(scheme));
    }
  }

  /**
   * Returns the parsed URL, with the legacy {@code --dir-format} value added as its {@code format}
   * parameter when the URL has none (an empty {@code format=} counts as one). As Atlas does, the
   * rewritten query lists parameters sorted by name.
   *
   * @param legacyDirFormat the {@code --dir-format} value, or null or empty when not given
   */
  public static DirUrl withDefaultFormat(String url, String legacyDirFormat) {
    if (legacyDirFormat == null || legacyDirFormat.isEmpty() || url == null) {
      return parse(url);
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    String noFragment = hash < 0 ? url : url.substring(0, hash);
    int q = noFragment.indexOf('?');
    Map<String, List<String>> params =
        new TreeMap<>(QueryString.parse(q < 0 ? "" : noFragment.substring(q + 1)));
    if (params.containsKey("format")) {
      return parse(url);
    }
    params.put("format", List.of(legacyDirFormat));
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String v : e.getValue()) {
        pairs.add(queryEscape(e.getKey()) + "=" + queryEscape(v));
      }
    }
    String base = q < 0 ? noFragment : noFragment.substring(0, q);
    return parse(base + "?" + String.join("&", pairs) + fragment);
  }

  /** Returns true for a {@code mem://} directory. */
  public boolean inMemory() {
    return kind == Kind.MEM;
  }

  // Go's url.getScheme: a letter, then letters, digits, '+', '-', '.', up to ':'. -1 when none.
  private static int schemeEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (letter) {
        continue;
      }
      if (c == ':') {
        return i == 0 ? -1 : i;
      }
      if (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return -1;
      }
    }
    return -1;
  }

  // filepath.Join(host, path): join the non-empty elements, then clean; empty means the default.
  private static String localPath(String host, String path) {
    String joined = host.isEmpty() ? path : path.isEmpty() ? host : host + "/" + path;
    return joined.isEmpty() ? DEFAULT_PATH : clean(joined);
  }

  // path.Join(host, path) for in-memory names: empty stays empty.
  private static String memName(String host, String path) {
    String joined = host.isEmpty() ? path : path.isEmpty() ? host : host + "/" + path;
    return joined.isEmpty() ? "" : clean(joined);
  }

  // Go's path.Clean: collapse "//", drop "." elements, resolve ".." lexically, no trailing '/'.
  private static String clean(String p) {
    boolean rooted = p.startsWith("/");
    List<String> out = new ArrayList<>();
    for (String part : p.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add(part);
        }
        continue;
      }
      out.add(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  private static DirFormat formatOf(Map<String, List<String>> params) {
    List<String> values = params.get("format");
    return DirFormat.fromId(values == null || values.isEmpty() ? "" : values.get(0));
  }

  private static Optional<String> versionOf(Map<String, List<String>> params) {
    List<String> values = params.get("version");
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  // Percent-decoding of a URL path (no '+' to space); a malformed escape is kept as written.
  private static String unescape(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[in.length];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      int hi = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
      int lo = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
      if (in[i] == '%' && hi >= 0 && lo >= 0) {
        out[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else {
        out[n++] = in[i];
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  // Go's url.QueryEscape: unreserved bytes as is, space as '+', the rest %XX.
  private static String queryEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xFF);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        b.append(c);
      } else if (c == ' ') {
        b.append('+');
      } else {
        b.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return b.toString();
  }

  // Go's %q for the texts Atlas quotes: backslash and double quote escaped.
  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
