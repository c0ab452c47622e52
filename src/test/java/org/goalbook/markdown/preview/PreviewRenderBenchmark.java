package org.goalbook.markdown.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures preview render time for a ~1 MB note (the user's journal repeated). Not a test: run it by hand,
 * {@code java -cp target/classes:target/test-classes:<deps> org.goalbook.markdown.preview.PreviewRenderBenchmark
 * ../shared/fixtures/journal-2022.md}.
 */
public final class PreviewRenderBenchmark {
    private PreviewRenderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String journal = Files.readString(Path.of(args[0]));
        StringBuilder note = new StringBuilder(journal);
        String body = journal.substring(journal.indexOf("\n---\n", 4) + 5); // front matter only once
        while (note.length() < 1_000_000) {
            note.append("\n\n").append(body);
        }
        String text = note.toString();
        PreviewRenderer renderer = new PreviewRenderer();
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            ParsedMarkdown parsed = renderer.parse(text);
            long parsedAt = System.nanoTime();
            RenderedPreview preview = renderer.render(parsed);
            long done = System.nanoTime();
            System.out.printf("round %d: %,d chars, parse %d ms, render+sanitize %d ms, total %d ms, %d blocks, %,d chars of HTML%n",
                    round, text.length(), (parsedAt - start) / 1_000_000, (done - parsedAt) / 1_000_000,
                    (done - start) / 1_000_000, preview.blocks().size(), preview.html().length());
        }
    }
}
