package dev.strata.cli.project;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A URL split and rebuilt the way Go's {@code net/url} does, so that Atlas's {@code urlsetpath},
 * {@code urlqueryset}, {@code urluserinfo} and {@code urlescape} produce the same text. Parts that
 * are not changed keep their original (escaped) spelling; Go re-encodes the query sorted by key.
 */
final class GoUrl {
  private final String scheme;
  private final String opaque;
  private final String userinfo;
  private final String host;
  private final String path;
  private final String rawQuery;
  private final String fragment;

  private GoUrl(
      String scheme,
      String opaque,
      String userinfo,
      String host,
      String path,
      String rawQuery,
      String fragment) {
    this.scheme = scheme;
    this.opaque = opaque;
    this.userinfo = userinfo;
    this.host = host;
    this.path = path;
    this.rawQuery = rawQuery;
    this.fragment = fragment;
  }

  /**
   * Returns the URL split into Go's parts; never fails (Go's rarely-hit parse errors are ignored).
   */
  static GoUrl parse(String url) {
    String rest = url;
    String fragment = null;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    String rawQuery = null;
    int question = rest.indexOf('?');
    if (question >= 0) {
      rawQuery = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    int schemeEnd = schemeEnd(rest);
    String scheme = schemeEnd < 0 ? "" : rest.substring(0, schemeEnd);
    rest = schemeEnd < 0 ? rest : rest.substring(schemeEnd + 1);
    if (!scheme.isEmpty() && !rest.startsWith("/")) {
      return new GoUrl(scheme, rest, null, "", "", rawQuery, fragment);
    }
    String userinfo = null;
    String host = "";
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      rest = slash < 0 ? "" : rest.substring(slash);
      int at = authority.lastIndexOf('@');
      userinfo = at < 0 ? null : authority.substring(0, at);
      host = authority.substring(at + 1);
    }
    return new GoUrl(scheme, null, userinfo, host, rest, rawQuery, fragment);
  }

  /** Returns the index of the ':' ending a valid scheme, or -1 (Go's getScheme rules). */
  private static int schemeEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c) && c < 128) {
        continue;
      }
      if (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        continue;
      }
      return c == ':' && i > 0 ? i : -1;
    }
    return -1;
  }

  /** Returns this URL with its path replaced by {@code newPath}, escaped as Go escapes paths. */
  GoUrl withPath(String newPath) {
    return new GoUrl(scheme, null, userinfo, host, escape(newPath, Mode.PATH), rawQuery, fragment);
  }

  /** Returns this URL with query parameter {@code key} set to the single {@code value}. */
  GoUrl withQueryParam(String key, String value) {
    Map<String, List<String>> query = new TreeMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String k = unescapeQuery(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : unescapeQuery(pair.substring(eq + 1));
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    query.put(key, List.of(value));
    StringBuilder encoded = new StringBuilder();
    query.forEach(
        (k, values) -> {
          for (String v : values) {
            encoded.append(encoded.length() == 0 ? "" : "&");
            encoded.append(queryEscape(k)).append('=').append(queryEscape(v));
          }
        });
    return new GoUrl(scheme, opaque, userinfo, host, path, encoded.toString(), fragment);
  }

  /** Returns this URL with its user info replaced; {@code password} may be null. */
  GoUrl withUser(String user, String password) {
    String info =
        escape(user, Mode.USERINFO)
            + (password == null ? "" : ":" + escape(password, Mode.USERINFO));
    return new GoUrl(scheme, opaque, info, host, path, rawQuery, fragment);
  }

  /** Returns {@code s} escaped for a query component, as Go's url.QueryEscape. */
  static String queryEscape(String s) {
    return escape(s, Mode.QUERY);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    if (!scheme.isEmpty()) {
      b.append(scheme).append(':');
    }
    if (opaque != null) {
      b.append(opaque);
    } else {
      if (!scheme.isEmpty() || !host.isEmpty() || userinfo != null) {
        if (!host.isEmpty() || !path.isEmpty() || userinfo != null) {
          b.append("//");
        }
        if (userinfo != null) {
          b.append(userinfo).append('@');
        }
        b.append(host);
      }
      if (!path.isEmpty() && path.charAt(0) != '/' && !host.isEmpty()) {
        b.append('/');
      }
      b.append(path);
    }
    if (rawQuery != null) {
      b.append('?').append(rawQuery);
    }
    if (fragment != null) {
      b.append('#').append(fragment);
    }
    return b.toString();
  }

  private enum Mode {
    PATH,
    USERINFO,
    QUERY
  }

  /** Go's shouldEscape for the three modes Atlas's functions use. */
  private static boolean shouldEscape(int c, Mode mode) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return false;
    }
    switch (c) {
      case '-':
      case '_':
      case '.':
      case '~':
        return false;
      case '$':
      case '&':
      case '+':
      case ',':
      case '/':
      case ':':
      case ';':
      case '=':
      case '?':
      case '@':
        if (mode == Mode.PATH) {
          return c == '?';
        }
        if (mode == Mode.USERINFO) {
          return c == '@' || c == '/' || c == '?' || c == ':';
        }
        return true;
      default:
        return true;
    }
  }

  private static String escape(String s, Mode mode) {
    StringBuilder b = new StringBuilder();
    for (byte raw : s.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      if (c == ' ' && mode == Mode.QUERY) {
        b.append('+');
      } else if (shouldEscape(c, mode)) {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        b.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      } else {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  /** Returns {@code s} with '+' as space and valid %XX escapes decoded (Go's QueryUnescape). */
  private static String unescapeQuery(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '+') {
        out.write(' ');
        i++;
      } else if (c == '%' && isEscape(s, i)) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int end = i + Character.charCount(s.codePointAt(i));
        out.writeBytes(s.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isEscape(String s, int percent) {
    return percent + 2 < s.length()
        && hex(s.charAt(percent + 1)) >= 0
        && hex(s.charAt(percent + 2)) >= 0;
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
