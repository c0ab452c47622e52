package org.goalbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.clip.CleanUrl;
import org.goalbook.clip.ClipRefused;
import org.goalbook.clip.Clipping;
import org.goalbook.clip.KnownLinks;
import org.goalbook.clip.WebFetch;
import org.goalbook.model.InboxEntry;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook clip FILE|URL|-}: a newsletter, feed, e-mail, page or link into the inbox. */
@Command(name = "clip", mixinStandardHelpOptions = true,
        description = "Adds the links of a newsletter (plain text, Markdown, HTML), a saved e-mail (.eml), an RSS or "
                + "Atom feed, or a single link to the inbox, and prints what it added. Links the inbox already has "
                + "are not added again.")
final class ClipCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE|URL|-",
            description = "A file, an http(s) link (fetched, at most 10 s), or - for standard input.")
    private String input;
    @Option(names = "--source", paramLabel = "NAME",
            description = "Name the newsletter (default: the issue's own name, else the file name).")
    private String source;

    @Override
    public Integer call() {
        Clipping clipping = read();
        if (source != null && !source.isBlank()) {
            clipping = clipping.withSource(source.strip());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (NotebookStore store = goalbook.notebook().open()) {
            KnownLinks known = KnownLinks.of(store.notebook());
            List<InboxEntry> added = store.addToInbox(known.fresh(clipping.entries()));
            int already = clipping.entries().size() - added.size();
            if (added.isEmpty()) {
                out.printf("Nothing new from %s: its %d entr%s already in the inbox%n", clipping.source(),
                        already, already == 1 ? "y is" : "ies are");
                return 0;
            }
            out.printf("Added %d entr%s from %s to the inbox%s:%n", added.size(), added.size() == 1 ? "y" : "ies",
                    clipping.source(), already == 0 ? "" : " (" + already + " already there)");
            for (InboxEntry e : added) {
                out.println("  " + InboxCommand.line(e, known.where(e).orElse(null)));
            }
            return 0;
        }
    }

    private Clipping read() {
        if (input.equals("-")) {
            try {
                byte[] bytes = System.in.readNBytes((int) Clipping.LARGEST + 1);
                return Clipping.read("standard input", bytes);
            } catch (IOException e) {
                throw new ClipRefused("standard input cannot be read (" + e.getMessage() + ")", e);
            }
        }
        if (input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8)) {
            return WebFetch.clip(input);
        }
        return Clipping.read(Path.of(input));
    }

    static String domain(InboxEntry e) {
        return CleanUrl.domain(e.url());
    }
}
