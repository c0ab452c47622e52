package org.goalbook.markdown;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Decides whether bytes are a text journal: strict UTF-8, no NUL bytes; says where the first problem is. */
final class TextCheck {
    private TextCheck() {
    }

    static String decode(Path file, byte[] bytes) {
        return decode(file.toString(), bytes);
    }

    /** The bytes as text; {@code source} names where they came from in the message. */
    static String decode(String file, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new JournalException(file + ": looks like a binary file (NUL byte at offset " + i
                        + "), not a Markdown journal");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new JournalException(file + ": is not valid UTF-8 at line " + lineOf(bytes, offset) + ", column "
                    + columnOf(bytes, offset) + " (byte offset " + offset + "); save it as UTF-8 and try again");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int columnOf(byte[] bytes, int offset) {
        int col = 1;
        for (int i = offset - 1; i >= 0 && bytes[i] != '\n'; i--) {
            if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return col;
    }
}
