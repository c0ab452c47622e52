package org.goalbook.bench;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, written as Markdown so that it pastes into docs/benchmarks.md. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... header) {
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    @Override
    public String toString() {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            line(sb, rows.get(i), width);
            if (i == 0) {
                String[] rule = new String[width.length];
                for (int c = 0; c < width.length; c++) {
                    rule[c] = "-".repeat(width[c]);
                }
                line(sb, rule, width);
            }
        }
        return sb.toString();
    }

    /** The first column left-aligned (names), the others right-aligned (figures). */
    private static void line(StringBuilder sb, String[] cells, int[] width) {
        sb.append('|');
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(width[c] - cells[c].length());
            sb.append(' ').append(c == 0 ? cells[c] + pad : pad + cells[c]).append(" |");
        }
        sb.append('\n');
    }
}
