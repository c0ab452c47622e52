package org.goalbook.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.goalbook.markdown.JournalExporter;
import org.goalbook.markdown.JournalImporter;
import org.goalbook.markdown.JournalUpdate;
import org.goalbook.model.Change;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.store.NotebookStore;

/**
 * A notebook linked to a journal file, kept in step both ways: the notebook's changes are written to the file, the
 * file's changes (a git pull, another editor) are merged into the notebook three-way against the text Goalbook last
 * wrote. The export is the one writer of the text, so the file changes only where the notebook did. The command line
 * and the window both work through this class.
 */
public final class LinkedJournal {
    /** Settings in the notebook's meta table: the file, the text last agreed with it, unresolved conflicts. */
    static final String FILE = "linked_journal";
    static final String BASE = "linked_journal_base";
    static final String CONFLICTS = "linked_journal_conflicts";
    /** The page that keeps the file's side of unresolved conflicts starts with this, then the file's name. */
    public static final String CONFLICT_PAGE = "Conflict with ";

    private final NotebookStore store;
    private final NotebookUpdates updates;

    public LinkedJournal(NotebookStore store, NotebookUpdates updates) {
        this.store = store;
        this.updates = updates;
    }

    /** Changes go straight into the store (the command line). */
    public static LinkedJournal of(NotebookStore store) {
        return new LinkedJournal(store, new NotebookUpdates() {
            @Override
            public void apply(List<Change> changes) {
                store.apply(changes);
            }

            @Override
            public void replaceAll(Notebook notebook) {
                store.replaceAll(notebook);
            }
        });
    }

    /** How to link a notebook that has contents to a file whose text differs from them. */
    public enum Differing {
        /** Refuse, naming the two choices below. */
        REFUSE,
        /** The file's text replaces the notebook's contents. */
        REPLACE_NOTEBOOK,
        /** The notebook is written over the file. */
        OVERWRITE_FILE
    }

    /** The file linked to, if any. */
    public Optional<Path> file() {
        return store.setting(FILE).map(Path::of);
    }

    /**
     * Whether linking to {@code path} needs the user's choice: the file exists, the notebook has contents, and their
     * texts differ.
     *
     * @throws LinkProblem when the file cannot be read
     */
    public boolean differs(Path path) {
        JournalFile file = new JournalFile(path);
        if (!file.exists()) {
            return false;
        }
        String text = file.read();
        Notebook notebook = store.notebook();
        boolean empty = notebook.outline().roots().isEmpty() && notebook.meta().frontMatter().isEmpty();
        return !empty && !JournalExporter.write(notebook).equals(text);
    }

    /**
     * Links the notebook to {@code path}. A missing file is written from the notebook; an empty notebook takes the
     * file's text; a notebook whose text differs from the file's is handled as {@code differing} says.
     *
     * @return what happened, in a sentence
     * @throws LinkProblem when the file cannot be read or written, or differs and {@code differing} is REFUSE
     */
    public String link(Path path, Differing differing) {
        JournalFile file = new JournalFile(path);
        String said;
        String base;
        if (!file.exists()) {
            base = JournalExporter.write(store.notebook());
            file.write(base);
            said = "Wrote the notebook to " + file.path() + " and linked it";
        } else {
            String text = file.read();
            Notebook notebook = store.notebook();
            String ours = JournalExporter.write(notebook);
            boolean empty = notebook.outline().roots().isEmpty() && notebook.meta().frontMatter().isEmpty();
            if (ours.equals(text)) {
                said = "Linked " + file.path() + " (the notebook and the file agree)";
            } else if (empty || differing == Differing.REPLACE_NOTEBOOK) {
                updates.replaceAll(JournalImporter.read(text));
                said = "Read " + file.path() + " into the notebook and linked it";
            } else if (differing == Differing.OVERWRITE_FILE) {
                file.write(ours);
                text = ours;
                said = "Wrote the notebook over " + file.path() + " and linked it";
            } else {
                throw new LinkProblem(file.path() + ": the file's text differs from the notebook's; nothing was "
                        + "linked. Choose: --replace-notebook (the file's text replaces the notebook's) or "
                        + "--overwrite-file (the notebook is written over the file)");
            }
            base = text;
        }
        Map<String, String> settings = new HashMap<>();
        settings.put(FILE, file.path().toString());
        settings.put(BASE, base);
        settings.put(CONFLICTS, null);
        store.putSettings(settings);
        return said;
    }

    /** Forgets the file; the file and the notebook stay as they are. */
    public void unlink() {
        Map<String, String> settings = new HashMap<>();
        settings.put(FILE, null);
        settings.put(BASE, null);
        settings.put(CONFLICTS, null);
        store.putSettings(settings);
    }

    /** The conflicts not resolved yet, oldest first. */
    public List<Conflict> conflicts() {
        return ConflictRecord.read(store.setting(CONFLICTS).orElse(null));
    }

    /**
     * Brings notebook and file in step: changes made to the file since Goalbook last wrote it are merged into the
     * notebook, and the notebook's text is written to the file when it differs. Same-line edits keep the notebook's
     * lines; the file's go to a page of their own and are reported as conflicts until resolved.
     *
     * @throws LinkProblem when the file cannot be read or written; the notebook keeps everything then
     */
    public SyncReport sync() {
        Optional<Path> linked = file();
        if (linked.isEmpty()) {
            return new SyncReport(SyncReport.Outcome.NOT_LINKED, List.of());
        }
        JournalFile file = new JournalFile(linked.get());
        String base = store.setting(BASE).orElse("");
        String theirs = file.read();
        refuseMergeMarkers(file, theirs);
        Notebook notebook = store.notebook();
        String ours = JournalExporter.write(notebook);
        if (theirs.equals(base)) {
            if (ours.equals(theirs)) {
                return report(SyncReport.Outcome.IN_STEP);
            }
            writeOut(file, theirs, ours);
            return report(SyncReport.Outcome.WROTE_FILE);
        }
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, ours, theirs);
        List<Conflict> conflicts = new ArrayList<>(conflicts());
        conflicts.addAll(merged.conflicts());
        String target = merged.conflicts().isEmpty() ? merged.text()
                : withConflictPage(merged.text(), file, conflicts, notebook.meta().lineEnding());
        bringNotebookTo(notebook, target);
        String written = JournalExporter.write(store.notebook());
        Map<String, String> settings = new HashMap<>();
        settings.put(CONFLICTS, conflicts.isEmpty() ? null : ConflictRecord.write(conflicts));
        store.putSettings(settings);
        writeOut(file, theirs, written);
        return report(ours.equals(base) ? SyncReport.Outcome.READ_FILE : SyncReport.Outcome.MERGED);
    }

    /** Which side's lines a resolution keeps. */
    public enum Side { NOTEBOOK, FILE }

    /**
     * Resolves every unresolved conflict, keeping one side's lines, removes the conflict page and writes the file.
     * Keeping the file's lines replaces the notebook's where they still stand as they were at the conflict.
     *
     * @return how many conflicts took the file's lines (0 when keeping the notebook's)
     */
    public int resolve(Side keep) {
        List<Conflict> conflicts = conflicts();
        Notebook notebook = store.notebook();
        Optional<Node> page = conflictPage(notebook);
        String text = JournalExporter.write(page.isEmpty() ? notebook : without(notebook, page.get()));
        int taken = 0;
        if (keep == Side.FILE) {
            for (Conflict c : conflicts) {
                int at = text.indexOf(c.ours());
                if (at >= 0 && !c.ours().isEmpty()) {
                    text = text.substring(0, at) + c.theirs() + text.substring(at + c.ours().length());
                    taken++;
                }
            }
        }
        bringNotebookTo(notebook, text);
        Map<String, String> settings = new HashMap<>();
        settings.put(CONFLICTS, null);
        store.putSettings(settings);
        sync();
        return taken;
    }

    /**
     * A file in the middle of a git merge holds both sides between markers; read in, they would become page text.
     * Goalbook waits until git's conflict is resolved.
     */
    private static void refuseMergeMarkers(JournalFile file, String text) {
        boolean open = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("<<<<<<< ")) {
                open = true;
            } else if (open && line.startsWith(">>>>>>> ")) {
                throw new LinkProblem(file.path() + ": the file holds git's conflict markers (<<<<<<< … >>>>>>>); "
                        + "resolve the merge in git first. The notebook and the file were left as they are");
            }
        }
    }

    private SyncReport report(SyncReport.Outcome outcome) {
        return new SyncReport(outcome, conflicts());
    }

    /** Writes the notebook's text unless the file has it already, and remembers it as what both agree on. */
    private void writeOut(JournalFile file, String onDisk, String text) {
        if (!text.equals(onDisk)) {
            file.write(text);
        }
        Map<String, String> settings = new HashMap<>();
        settings.put(BASE, text);
        store.putSettings(settings);
    }

    private void bringNotebookTo(Notebook notebook, String text) {
        Notebook target = JournalImporter.read(text);
        if (!target.meta().equals(notebook.meta())) {
            store.setMeta(target.meta());
        }
        List<Change> changes = JournalUpdate.changes(notebook, target, store.unusedNodeId());
        if (!changes.isEmpty()) {
            updates.apply(changes);
        }
    }

    private Optional<Node> conflictPage(Notebook notebook) {
        return notebook.outline().roots().stream()
                .filter(n -> n.kind() == NodeKind.PAGE && n.name().startsWith(CONFLICT_PAGE)).findFirst();
    }

    private static Notebook without(Notebook notebook, Node page) {
        List<Node> kept = notebook.outline().preorder().stream().filter(n -> n.id() != page.id()).toList();
        return new Notebook(notebook.meta(), new org.goalbook.model.Outline(kept), notebook.resources(),
                notebook.inbox());
    }

    /**
     * The merged text with a last page that shows the file's side of every conflict, so nothing is lost while the
     * notebook's side stands in the journal.
     */
    private String withConflictPage(String merged, JournalFile file, List<Conflict> conflicts, String eol) {
        Optional<Node> old = conflictPage(store.notebook());
        String text = merged;
        if (old.isPresent()) {
            // The page is written last; the merge kept it, and it is written anew here with every conflict.
            int at = text.lastIndexOf("# " + old.get().name());
            if (at >= 0) {
                text = text.substring(0, at);
            }
        }
        StringBuilder page = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            page.append(eol);
        }
        page.append("# ").append(CONFLICT_PAGE).append(file.path().getFileName()).append(eol).append(eol)
                .append("The notebook and the file changed the same lines. The journal keeps the notebook's lines; "
                        + "the file had these instead. Resolve with `goalbook sync --keep notebook` or "
                        + "`--keep file`, or in the window.").append(eol);
        for (Conflict c : conflicts) {
            String fence = "~".repeat(Math.max(3, longestRun(c.ours() + c.theirs(), '~') + 1));
            page.append(eol).append("Line ").append(c.line()).append(", the notebook's:").append(eol).append(eol)
                    .append(fence).append(eol).append(withEnd(c.ours(), eol)).append(fence).append(eol).append(eol)
                    .append("The file's:").append(eol).append(eol)
                    .append(fence).append(eol).append(withEnd(c.theirs(), eol)).append(fence).append(eol);
        }
        return page.toString();
    }

    private static String withEnd(String lines, String eol) {
        return lines.isEmpty() || lines.endsWith("\n") ? lines : lines + eol;
    }

    private static int longestRun(String text, char ch) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == ch ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
