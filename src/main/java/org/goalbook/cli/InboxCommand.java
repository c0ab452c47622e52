package org.goalbook.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;

import org.goalbook.clip.KnownLinks;
import org.goalbook.clip.Triage;
import org.goalbook.exchange.InboxJson;
import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.InboxEntry;
import org.goalbook.model.InboxStatus;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook inbox}: lists the inbox, and triages an entry (explore, later, attach, dismiss). */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = "Lists the new entries of the inbox (clipped with `goalbook clip`).",
        subcommands = {InboxCommand.Explore.class, InboxCommand.Later.class, InboxCommand.Attach.class,
            InboxCommand.Dismiss.class})
final class InboxCommand implements Callable<Integer> {
    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Option(names = "--json", description = "Print JSON for scripts: id, title, url, summary, section, source, "
            + "sponsor, status, known.")
    private boolean json;
    @Option(names = "--all", description = "Every entry, also those already triaged.")
    private boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (NotebookStore store = goalbook.notebook().open()) {
            Notebook notebook = store.notebook();
            KnownLinks known = KnownLinks.of(notebook);
            List<InboxEntry> shown = notebook.inbox().stream()
                    .filter(e -> all || e.status() == InboxStatus.NEW).toList();
            Map<Long, String> where = new HashMap<>();
            shown.forEach(e -> known.where(e).ifPresent(w -> where.put(e.id(), w)));
            if (json) {
                out.print(InboxJson.write(shown, where));
            } else if (shown.isEmpty()) {
                out.println(notebook.inbox().isEmpty() ? "The inbox is empty; `goalbook clip FILE` fills it"
                        : "No new entries (" + notebook.inbox().size() + " triaged; --all shows them)");
            } else {
                shown.forEach(e -> out.println(line(e, where.get(e.id()))));
            }
            return 0;
        }
    }

    /** "#3  [News] Title — domain.com (source) sponsor, known: item #5 “Remix”". */
    static String line(InboxEntry e, String known) {
        StringBuilder s = new StringBuilder("#" + e.id() + "  ");
        if (!e.section().isEmpty()) {
            s.append('[').append(e.section()).append("] ");
        }
        s.append(e.title()).append(" \u2014 ").append(ClipCommand.domain(e)).append(" (").append(e.source())
                .append(')');
        if (e.status() != InboxStatus.NEW) {
            s.append(" ").append(e.status().word());
        }
        if (e.sponsor()) {
            s.append(" sponsor");
        }
        if (known != null) {
            s.append(" \u2014 known: ").append(known);
        }
        return s.toString();
    }

    /** Plans one triage against the notebook, stores it in one transaction and says what it did. */
    static int triage(InboxCommand inbox, String typedId, BiFunction<Outline, InboxEntry, List<Change>> plan,
                      String done) {
        try (NotebookStore store = inbox.goalbook.notebook().open()) {
            InboxEntry entry = entry(store, typedId);
            store.apply(plan.apply(store.outline(), entry));
            inbox.spec.commandLine().getOut().println(done + ": #" + entry.id() + " \u201c" + entry.title()
                    + "\u201d");
            return 0;
        }
    }

    private static InboxEntry entry(NotebookStore store, String typed) {
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        long id;
        try {
            id = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new EditRefused("\"" + typed + "\" is not an inbox id; `goalbook inbox` shows them");
        }
        return store.inbox().stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new EditRefused("no inbox entry #" + id + "; `goalbook inbox` shows the ids"));
    }

    static long node(Outline outline, String typed) {
        return NodeArgument.node(outline, typed).id();
    }

    @Command(name = "explore", mixinStandardHelpOptions = true,
            description = "Makes the entry an explore item, with its link, under an area or topic.")
    static final class Explore implements Callable<Integer> {
        @ParentCommand
        private InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID", description = "The entry's id, as `goalbook inbox` shows it.")
        private String id;
        @Option(names = "--under", paramLabel = "NODE_ID", required = true,
                description = "The area or topic, as `goalbook list` shows it.")
        private String under;

        @Override
        public Integer call() {
            return triage(inbox, id, (outline, e) -> Triage.explore(outline, e, node(outline, under)),
                    "Explore item added");
        }
    }

    @Command(name = "later", mixinStandardHelpOptions = true,
            description = "Appends the entry, link and summary, to the \"Future Research\" page (made if missing).")
    static final class Later implements Callable<Integer> {
        @ParentCommand
        private InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID", description = "The entry's id, as `goalbook inbox` shows it.")
        private String id;

        @Override
        public Integer call() {
            return triage(inbox, id, Triage::later, "Added to \u201c" + Triage.FUTURE_RESEARCH + "\u201d");
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = "Keeps the entry as a resource on a skill item, topic or goal.")
    static final class Attach implements Callable<Integer> {
        @ParentCommand
        private InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID", description = "The entry's id, as `goalbook inbox` shows it.")
        private String id;
        @Option(names = "--to", paramLabel = "NODE_ID", required = true,
                description = "The item, as `goalbook list` shows it.")
        private String to;

        @Override
        public Integer call() {
            return triage(inbox, id, (outline, e) -> Triage.attach(outline, e, node(outline, to)), "Attached");
        }
    }

    @Command(name = "dismiss", mixinStandardHelpOptions = true, description = "Dismisses the entry.")
    static final class Dismiss implements Callable<Integer> {
        @ParentCommand
        private InboxCommand inbox;
        @Parameters(index = "0", paramLabel = "ID", description = "The entry's id, as `goalbook inbox` shows it.")
        private String id;

        @Override
        public Integer call() {
            return triage(inbox, id, (outline, e) -> Triage.dismiss(e), "Dismissed");
        }
    }
}
