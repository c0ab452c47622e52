package org.goalbook.model;

import java.util.List;

/**
 * A notebook's metadata, read from the journal's YAML front matter.
 *
 * @param title       front matter {@code title}, or ""
 * @param date        front matter {@code date} as written, or ""
 * @param status      front matter {@code status}, or ""
 * @param author      front matter {@code author}, or ""
 * @param tags        front matter {@code tags}
 * @param frontMatter the front matter block exactly as written, both {@code ---} lines and line ends included;
 *                    "" when the journal has none
 * @param lineEnding  the journal's dominant line ending, "\n" or "\r\n"; new lines are written with it
 */
public record NotebookMeta(String title, String date, String status, String author, List<String> tags,
                           String frontMatter, String lineEnding) {
    public NotebookMeta {
        title = title == null ? "" : title;
        date = date == null ? "" : date;
        status = status == null ? "" : status;
        author = author == null ? "" : author;
        tags = tags == null ? List.of() : List.copyOf(tags);
        frontMatter = frontMatter == null ? "" : frontMatter;
        lineEnding = "\r\n".equals(lineEnding) ? "\r\n" : "\n";
    }

    public static NotebookMeta empty() {
        return new NotebookMeta("", "", "", "", List.of(), "", "\n");
    }
}
