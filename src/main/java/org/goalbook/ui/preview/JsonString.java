package org.goalbook.ui.preview;

/** Writes a Java string as a JSON string literal that is also a safe JavaScript literal. */
final class JsonString {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonString() {
    }

    static String of(String text) {
        return append(new StringBuilder(text.length() + 2), text).toString();
    }

    static StringBuilder append(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Control characters are invalid in JSON; U+2028/2029 end a line in older JavaScript;
                    // '<' is escaped so no "</script>" can ever appear in the literal.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf])
                                .append(HEX[c >> 4 & 0xf]).append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
