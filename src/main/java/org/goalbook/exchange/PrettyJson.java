package org.goalbook.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one way Goalbook writes and reads JSON files: two-space indent, "\n" line ends on every platform, one array
 * element per line, and no silent guessing when reading (a string is not a number, 1.5 is not an id).
 */
final class PrettyJson {
    // Jackson refuses strings over 20 MB when reading but not when writing; a page that large must not make a
    // backup that cannot be restored. Nesting stays limited (1000): a backup is flat, deep nesting is hostile.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    // The default printer uses the platform's line separator, which would make a backup written on Windows
    // differ byte for byte from one written on Linux.
    private static final DefaultIndenter LINES = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(LINES)
            .withArrayIndenter(LINES);

    private PrettyJson() {
    }

    /** The value as pretty JSON text ending in a newline. */
    static String write(Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            // Only our own records are written; failing here is a programming error, not bad user input.
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
