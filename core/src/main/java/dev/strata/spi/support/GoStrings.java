package dev.strata.spi.support;

/** Formats text the way Go's {@code %q} verb does, for Atlas's error and reason texts. */
public final class GoStrings {
  private GoStrings() {}

  /** Returns {@code s} in double quotes with Go's escapes ({@code strconv.Quote}). */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"':
                  b.append("\\\"");
                  break;
                case '\\':
                  b.append("\\\\");
                  break;
                case '\n':
                  b.append("\\n");
                  break;
                case '\r':
                  b.append("\\r");
                  break;
                case '\t':
                  b.append("\\t");
                  break;
                default:
                  if (cp < 0x20 || cp == 0x7f) {
                    b.append(String.format(java.util.Locale.ROOT, "\\x%02x", cp));
                  } else if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
                    b.append(
                        String.format(
                            java.util.Locale.ROOT, cp > 0xffff ? "\\U%08x" : "\\u%04x", cp));
                  } else {
                    b.appendCodePoint(cp);
                  }
              }
            });
    return b.append('"').toString();
  }
}
