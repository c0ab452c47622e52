package org.goalbook.bench;

/**
 * One generated "My Goals in YYYY" section: numbered strategic goals with sub-points, tactical areas with topics,
 * stance lines, colon-list topics, plain and task items, and notes paragraphs; now and then a year written without
 * the Strategic and Tactical headings, as the user's 2023 is.
 */
final class GoalYear {
    private static final String[] STANCES = {"Maintain", "Improve", "Explore", "Skip"};

    private final Prose prose;
    private final StringBuilder sb;
    private int year;

    GoalYear(Prose prose, StringBuilder sb) {
        this.prose = prose;
        this.sb = sb;
    }

    void write(int year) {
        this.year = year;
        int level = year % 5 == 0 ? 3 : 2;
        String hashes = "#".repeat(level);
        sb.append(hashes).append(" My Goals in ").append(year).append("\n\n");
        sb.append(prose.paragraph(1, 4)).append("\n\n");
        if (year % 7 == 0) {
            goals(false);
            return;
        }
        sb.append(hashes).append("# Strategic\n\n");
        goals(true);
        sb.append(hashes).append("# Tactical\n\n").append(prose.paragraph(1, 3)).append("\n\n");
        int areas = prose.between(4, 9);
        for (int a = 0; a < areas; a++) {
            area();
        }
    }

    /** Numbered goals as the user writes them, sub-points as bullets at the goal's own column; or plain bullets. */
    private void goals(boolean numbered) {
        String sub = numbered ? "- " : "  - ";
        String deeper = "  " + sub;
        int n = prose.between(3, 8);
        for (int g = 1; g <= n; g++) {
            String box = prose.chance(20) ? (prose.chance(50) ? "[x] " : "[ ] ") : "";
            sb.append(numbered ? g + ". " : "- ").append(box).append(prose.sentence()).append('\n');
            int subs = prose.between(0, 5);
            for (int s = 0; s < subs; s++) {
                sb.append(sub).append(prose.sentence()).append('\n');
                if (prose.chance(30)) {
                    sb.append(deeper).append(prose.link()).append('\n');
                }
            }
            if (prose.chance(25)) {
                sb.append('\n').append("  ").append(prose.paragraph(1, 3)).append('\n');
            }
            sb.append('\n');
        }
    }

    private void area() {
        sb.append(prose.area()).append("\n\n");
        int entries = prose.between(4, 10);
        for (int e = 0; e < entries; e++) {
            switch (prose.between(0, 6)) {
                case 0, 1 -> topicWithStances();
                case 2 -> sb.append("- ").append(prose.title(1, 2)).append(": ").append(commaList(2, 5)).append('\n');
                case 3 -> sb.append("- ").append(STANCES[prose.between(0, 3)]).append(": ")
                        .append(commaList(1, 4)).append('\n');
                case 4 -> sb.append("- ").append(prose.chance(50) ? "[x] " : "[ ] ").append(prose.sentence())
                        .append('\n');
                case 5 -> itemWithNotes();
                default -> sb.append("- ").append(prose.sentence()).append('\n');
            }
        }
        sb.append('\n');
    }

    private void topicWithStances() {
        sb.append("- ").append(prose.title(1, 3)).append('\n');
        int first = prose.between(0, 2);
        for (int s = first; s < STANCES.length; s++) {
            if (s == first || prose.chance(70)) {
                sb.append("  - ").append(STANCES[s]).append(": ").append(commaList(1, 6)).append('\n');
            }
        }
    }

    private void itemWithNotes() {
        sb.append("- ").append(prose.sentence()).append('\n');
        int subs = prose.between(1, 3);
        for (int s = 0; s < subs; s++) {
            sb.append("  - ").append(prose.sentence()).append('\n');
            if (prose.chance(40)) {
                sb.append("    - ").append(prose.link()).append(' ').append(prose.word()).append('\n');
            }
        }
        sb.append('\n').append("  ").append(prose.paragraph(1, 4)).append("\n\n");
        if (prose.chance(20)) {
            // A fenced block in notes: its list lines must stay text.
            sb.append("  ```yaml\n  - Maintain: not, an, item\n  - ").append(prose.word()).append("\n  ```\n\n");
        }
    }

    /** "GatsbyJS ✅, React, [Remix](https://…), SvelteKit ✅ 2022-05-01". */
    private String commaList(int min, int max) {
        StringBuilder list = new StringBuilder();
        int n = prose.between(min, max);
        for (int i = 0; i < n; i++) {
            list.append(i == 0 ? "" : ", ");
            list.append(prose.chance(20) ? "[" + prose.tech() + "](" + prose.url() + ")" : prose.tech());
            if (prose.chance(20)) {
                list.append(" \u2705");
                if (prose.chance(50)) {
                    list.append(' ').append(prose.date(year));
                }
            }
        }
        return list.toString();
    }
}
