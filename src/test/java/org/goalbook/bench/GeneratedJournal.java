package org.goalbook.bench;

import java.nio.charset.StandardCharsets;

/**
 * A deterministic journal of about a given size, written the way the user's journal is: front matter, then years of
 * goals ("My Goals in YYYY" with Strategic and Tactical) between pages of notes, roughly half of each by bytes.
 */
final class GeneratedJournal {
    private final Prose prose;
    private final StringBuilder out = new StringBuilder();
    private int nextYear = 1800;

    private GeneratedJournal(long seed) {
        prose = new Prose(seed);
    }

    /** The same text for the same size and seed, on any JVM (java.util.Random's sequence is specified). */
    static String of(long targetBytes, long seed) {
        return new GeneratedJournal(seed).build(targetBytes);
    }

    /** Pages only (headings, paragraphs, tables, link lists, code, quotes, numbered lists), about this many bytes. */
    static String pages(long targetBytes, long seed) {
        GeneratedJournal journal = new GeneratedJournal(seed);
        StringBuilder out = new StringBuilder();
        long bytes = 0;
        while (bytes < targetBytes) {
            StringBuilder chunk = new StringBuilder();
            journal.page(chunk);
            bytes += utf8(chunk);
            out.append(chunk);
        }
        return out.toString();
    }

    private String build(long targetBytes) {
        out.append("---\ntitle: \"Journal: generated\"\ndate: \"2022-01-21T22:12:03.284Z\"\nstatus: draft\n")
                .append("author: Benchmark\ntags:\n  - DevOps\n  - \"Full Stack\"\n---\n\n")
                .append("[Log](#log) | [Articles](#articles) | [Books](#books) | [People](#people)\n\n---\n\n");
        long goalBytes = 0;
        long pageBytes = 0;
        while (goalBytes + pageBytes < targetBytes) {
            StringBuilder chunk = new StringBuilder();
            if (goalBytes <= pageBytes) {
                new GoalYear(prose, chunk).write(nextYear++);
                goalBytes += utf8(chunk);
            } else {
                page(chunk);
                pageBytes += utf8(chunk);
            }
            out.append(chunk);
        }
        return out.toString();
    }

    private void page(StringBuilder sb) {
        sb.append("## ").append(prose.title(2, 6)).append("\n\n");
        int blocks = prose.between(3, 9);
        for (int b = 0; b < blocks; b++) {
            switch (prose.between(0, 7)) {
                case 0 -> table(sb);
                case 1 -> links(sb);
                case 2 -> code(sb);
                case 3 -> sb.append("### ").append(prose.title(1, 4)).append("\n\n");
                case 4 -> sb.append("> ").append(prose.paragraph(1, 3)).append("\n\n");
                case 5 -> ordered(sb);
                default -> sb.append(prose.paragraph(2, 7)).append("\n\n");
            }
        }
    }

    private void table(StringBuilder sb) {
        sb.append("| Tool | Why | Since |\n| --- | --- | --- |\n");
        int rows = prose.between(3, 10);
        for (int r = 0; r < rows; r++) {
            sb.append("| ").append(prose.tech()).append(" | ").append(prose.sentence()).append(" | ")
                    .append(prose.date(2000 + prose.between(0, 24))).append(" |\n");
        }
        sb.append('\n');
    }

    private void links(StringBuilder sb) {
        int n = prose.between(2, 6);
        for (int i = 0; i < n; i++) {
            sb.append("- ").append(prose.link()).append('\n');
            if (prose.chance(40)) {
                sb.append("  \"").append(prose.paragraph(1, 3)).append("\"\n");
            }
        }
        sb.append('\n');
    }

    /** Code with "#" and "-" lines, which must never be read as headings or goals. */
    private void code(StringBuilder sb) {
        sb.append("```bash\n# install ").append(prose.tech().toLowerCase()).append('\n');
        int n = prose.between(2, 6);
        for (int i = 0; i < n; i++) {
            sb.append("kubectl apply -f ").append(prose.word()).append(".yaml --namespace ").append(prose.word())
                    .append('\n');
        }
        sb.append("- Maintain: not, an, item\n```\n\n");
    }

    private void ordered(StringBuilder sb) {
        int n = prose.between(3, 8);
        for (int i = 1; i <= n; i++) {
            sb.append(i).append(". ").append(prose.title(1, 3)).append(' ').append(prose.between(10, 60)).append('/')
                    .append(prose.between(5, 40)).append('\n');
        }
        sb.append('\n');
    }

    private static long utf8(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
