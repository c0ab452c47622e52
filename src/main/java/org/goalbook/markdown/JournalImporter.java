package org.goalbook.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.PageTitle;
import org.goalbook.model.Source;

/** Reads a journal written in Markdown into a notebook, keeping how every line was written. */
public final class JournalImporter {
    /** The largest journal file read: far above any hand-written journal, small enough to read safely in memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private JournalImporter() {
    }

    /** Reads journal text. Never fails on Markdown it does not understand: that stays a page, exactly as written. */
    public static Notebook read(String text) {
        List<Line> lines = Line.split(text);
        String eol = Line.dominantEol(text);
        int fm = FrontMatter.length(lines);
        NotebookMeta meta = fm > 0 ? FrontMatter.read(lines, fm, eol)
                : new NotebookMeta("", "", "", "", List.of(), "", eol);

        DraftList drafts = new DraftList();
        GoalSectionParser goals = new GoalSectionParser(lines, drafts);
        int start = fm;
        Fence fence = new Fence();
        int i = fm;
        while (i < lines.size()) {
            String t = lines.get(i).text();
            Optional<Heading> h = fence.inCode(t) ? Optional.empty() : Heading.parseSection(t);
            if (h.isPresent()) {
                if (i > start) {
                    page(drafts, lines, start, i);
                }
                Optional<String> year = h.get().year();
                if (year.isPresent()) {
                    int end = sectionEnd(lines, i, h.get().level());
                    goals.parse(i, end, year.get());
                    start = end;
                    i = end;
                    continue;
                }
                start = i;
            }
            i++;
        }
        if (start < lines.size()) {
            page(drafts, lines, start, lines.size());
        }
        return ResourceLinks.takenOut(new Notebook(meta, fingerprinted(drafts.all()), List.of()));
    }

    /**
     * Reads a journal file, refusing what is not a journal (missing, a folder, binary, broken UTF-8, too large).
     *
     * @throws JournalException with a message naming the file and the problem
     */
    public static Notebook readFile(Path file) {
        return read(readText(file));
    }

    /** The text of a journal file, checked as {@link #readFile} describes. */
    public static String readText(Path file) {
        if (Files.isDirectory(file)) {
            throw new JournalException(file + ": is a folder, not a journal file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new JournalException(file + ": " + size / (1024 * 1024) + " MB is larger than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB a journal may have");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JournalException(file + ": no such file");
        } catch (IOException e) {
            throw new JournalException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return TextCheck.decode(file, bytes);
    }

    /**
     * Markdown notes given as bytes (a file, standard input), checked as {@link #readFile} checks a journal, with line
     * feeds for line endings as notes keep them.
     *
     * @param source names where the bytes came from, for the message
     * @throws JournalException naming the source and the problem
     */
    public static String notesText(String source, byte[] bytes) {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new JournalException(source + ": " + bytes.length / (1024 * 1024) + " MB is larger than the "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB notes may have");
        }
        return Eol.toLf(TextCheck.decode(source, bytes));
    }

    /** Markdown notes from a file, checked as {@link #readFile} checks a journal, with line feeds. */
    public static String notesFile(Path file) {
        return Eol.toLf(readText(file));
    }

    private static int sectionEnd(List<Line> lines, int from, int level) {
        Fence fence = new Fence();
        for (int j = from + 1; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (!fence.inCode(t)) {
                Optional<Heading> h = Heading.parseSection(t);
                if (h.isPresent() && h.get().level() <= level) {
                    return j;
                }
            }
        }
        return lines.size();
    }

    private static void page(DraftList drafts, List<Line> lines, int from, int to) {
        Draft page = drafts.root(NodeKind.PAGE);
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(lines.get(i).raw());
        }
        page.lead = text.toString();
        page.name = PageTitle.of(page.lead);
    }

    /** Turns drafts into nodes, with notes read from their tails and fingerprints of their state as imported. */
    private static Outline fingerprinted(List<Draft> drafts) {
        List<Node> nodes = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            String notes = d.kind == NodeKind.PAGE ? PageText.read(Eol.toLf(d.lead)) : Notes.fromTail(d.tail.toString());
            nodes.add(d.toNode(notes));
        }
        Outline bare = new Outline(nodes);
        List<Node> lines = bare.preorder().stream().filter(n -> !n.inline()).toList();
        java.util.Set<Long> endsList = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (Fingerprint.isListItem(lines.get(i))
                    && (i + 1 == lines.size() || !Fingerprint.isListItem(lines.get(i + 1)))) {
                endsList.add(lines.get(i).id());
            }
        }
        List<Node> done = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            done.add(n.withSource(new Source(n.source().lead(), n.source().tail(),
                    Fingerprint.of(bare, n, endsList.contains(n.id())))));
        }
        return new Outline(done);
    }
}
