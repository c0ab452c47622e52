package org.goalbook.markdown;

/** Line-ending conversions: notes are kept with "\n"; a journal is written with its own line ending. */
final class Eol {
    private Eol() {
    }

    static String toLf(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
    }

    static String fromLf(String text, String eol) {
        return eol.equals("\n") ? text : toLf(text).replace("\n", eol);
    }
}
