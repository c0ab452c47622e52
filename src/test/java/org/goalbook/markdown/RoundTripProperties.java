package org.goalbook.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.goalbook.model.Change;
import org.goalbook.model.EditRefused;
import org.goalbook.model.LinkedName;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.OutlineEdits;
import org.goalbook.model.Stance;

/** Guarantee 3: for any notebook made in Goalbook, importing its export gives an equal notebook. */
class RoundTripProperties {

    @Property(tries = 300)
    void importingTheExportGivesAnEqualNotebook(@ForAll long seed) {
        Notebook made = new Generator(new Random(seed)).notebook();
        String journal = JournalExporter.write(made);
        Notebook again = JournalImporter.read(journal);
        assertThat(describe(again.outline())).as(journal).isEqualTo(describe(made.outline()));
        assertThat(JournalExporter.write(again)).isEqualTo(journal);
    }

    @Property(tries = 100)
    void crlfNotebooksRoundTripToo(@ForAll long seed) {
        Notebook made = new Generator(new Random(seed)).notebook();
        Notebook crlf = new Notebook(new NotebookMeta("", "", "", "", List.of(), "", "\r\n"), made.outline(),
                List.of());
        String journal = JournalExporter.write(crlf);
        assertThat(journal.replace("\r\n", "")).doesNotContain("\n");
        assertThat(describe(JournalImporter.read(journal).outline())).isEqualTo(describe(made.outline()));
    }

    @Property(tries = 300)
    void editsMadeInTheAppReadBackToo(@ForAll long seed) {
        Random rnd = new Random(seed);
        Generator gen = new Generator(rnd);
        Notebook made = gen.notebook();
        Notebook start = rnd.nextBoolean() ? JournalImporter.read(JournalExporter.write(made)) : made;
        Outline edited = start.outline();
        List<String> done = new ArrayList<>();
        for (int i = 0; i < 1 + rnd.nextInt(8); i++) {
            edited = gen.edit(edited, done);
        }
        String journal = JournalExporter.write(new Notebook(start.meta(), edited, List.of()));
        Notebook again = JournalImporter.read(journal);
        assertThat(describe(again.outline())).as(done + "\n" + journal).isEqualTo(describe(edited));
    }

    /** What the journal carries of a notebook, node by node in document order, ids left out. */
    static List<String> describe(Outline o) {
        List<String> out = new ArrayList<>();
        java.util.Map<Long, Integer> index = new java.util.HashMap<>();
        for (Node n : o.preorder()) {
            index.put(n.id(), index.size());
            String notes = n.kind() == NodeKind.PAGE ? n.notes().replace("\r\n", "\n") : n.notes();
            out.add(index.getOrDefault(n.parentId(), -1) + " " + n.kind() + " " + n.name() + " s=" + n.stance()
                    + " done=" + n.done() + (n.inline() ? " on=" + n.doneOn() : "") + " link=" + n.link()
                    + " inline=" + n.inline() + " notes=" + notes);
        }
        return out;
    }

    /** Builds notebooks as the app would: years with strategic goals and tactical areas, pages between them. */
    static final class Generator {
        private static final String[] WORDS = {"Rust", "Go", "Kotlin", "Kubernetes", "Helm", "SQL", "Café", "日本語",
            "Ünïcode", "observability", "React", "Next.js", "C#", "F#", "Vue/Nuxt", "Angular 2", "gRPC", "Zig",
            "WebAssembly", "Terraform", "élan", "Ψ", "data", "mesh"};
        private final Random rnd;
        private final List<Node> nodes = new ArrayList<>();
        private long nextId = 1;

        Generator(Random rnd) {
            this.rnd = rnd;
        }

        Notebook notebook() {
            int roots = 1 + rnd.nextInt(4);
            int year = 2020;
            for (int i = 0; i < roots; i++) {
                if (rnd.nextInt(3) == 0) {
                    page(i);
                } else {
                    year(i, year++);
                }
            }
            return new Notebook(NotebookMeta.empty(), new Outline(nodes), List.of());
        }

        private void page(int position) {
            String title = name();
            String body = rnd.nextBoolean() ? sentence() + "\n- a list line\n"
                    : sentence() + "\n\n" + richNotes() + "\n\n## 2023-01-05\n\n- [ ] read the SRE book\n";
            add(0, position, NodeKind.PAGE, title, null, "## " + title + "\n\n" + body);
        }

        private void year(int position, int year) {
            long y = add(0, position, NodeKind.YEAR, Integer.toString(year), null, notes());
            if (rnd.nextInt(4) == 0) {
                goals(y, 1 + rnd.nextInt(3), 0);
                return;
            }
            long strategic = add(y, 0, NodeKind.STRATEGIC, "Strategic", null, notes());
            goals(strategic, rnd.nextInt(3), 0);
            long tactical = add(y, 1, NodeKind.TACTICAL, "Tactical", null, notes());
            int areas = rnd.nextInt(3);
            for (int a = 0; a < areas; a++) {
                area(tactical, a);
            }
        }

        private void goals(long parent, int count, int depth) {
            for (int i = 0; i < count; i++) {
                long g = add(parent, i, NodeKind.GOAL, itemName(), null, depth < 2 ? notes() : "");
                tick(g);
                if (depth < 2) {
                    goals(g, rnd.nextInt(3), depth + 1);
                }
            }
        }

        private void area(long tactical, int position) {
            long area = add(tactical, position, NodeKind.AREA, name(), null, "");
            int kids = 1 + rnd.nextInt(4);
            for (int k = 0; k < kids; k++) {
                switch (rnd.nextInt(4)) {
                    case 0 -> topicWithStanceLines(area, k);
                    case 1 -> topicWithCommaList(area, k);
                    case 2 -> stanceLine(area, k);
                    default -> item(area, k, 0);
                }
            }
        }

        private void topicWithStanceLines(long parent, int position) {
            long topic = add(parent, position, NodeKind.TOPIC, name(), null, notes());
            Stance[] stances = Stance.values();
            int first = rnd.nextInt(stances.length);
            int count = 1 + rnd.nextInt(stances.length - first);
            for (int s = 0; s < count; s++) {
                stanceLine(topic, s, stances[first + s]);
            }
            if (rnd.nextBoolean()) {
                item(topic, count, 1);
            }
        }

        private void topicWithCommaList(long parent, int position) {
            long topic = add(parent, position, NodeKind.TOPIC, name(), null, "");
            int count = 1 + rnd.nextInt(3);
            for (int i = 0; i < count; i++) {
                inlineItem(topic, i, null);
            }
        }

        private void stanceLine(long parent, int position) {
            stanceLine(parent, position, Stance.values()[rnd.nextInt(4)]);
        }

        private void stanceLine(long parent, int position, Stance stance) {
            long line = add(parent, position, NodeKind.STANCE_LINE, stance.label(), stance, "");
            int count = 1 + rnd.nextInt(4);
            for (int i = 0; i < count; i++) {
                inlineItem(line, i, stance);
            }
        }

        private void inlineItem(long parent, int position, Stance stance) {
            long id = add(parent, position, NodeKind.ITEM, itemName(), stance, "");
            Node n = find(id).withInline(true);
            if (rnd.nextInt(3) == 0) {
                n = n.withLink("https://example.org/" + rnd.nextInt(1000));
            }
            if (rnd.nextInt(3) == 0) {
                n = n.withDone(true, rnd.nextBoolean() ? LocalDate.of(2022, 1 + rnd.nextInt(12), 1) : null);
            }
            replace(n);
        }

        private void item(long parent, int position, int depth) {
            long id = add(parent, position, NodeKind.ITEM, itemName(), null, depth < 2 ? notes() : "");
            tick(id);
            if (depth < 2 && rnd.nextInt(3) == 0) {
                item(id, 0, depth + 1);
            }
        }

        private void tick(long id) {
            if (rnd.nextInt(3) == 0) {
                replace(find(id).withDone(true, LocalDate.of(2022, 3, 3)));
            }
        }

        private long add(long parent, int position, NodeKind kind, String name, Stance stance, String notes) {
            long id = nextId++;
            Node n = new Node(id, parent, position, kind, name, stance, false, null, null, notes, false, null);
            nodes.add(LinkedName.named(n, name));
            return id;
        }

        private Node find(long id) {
            return nodes.stream().filter(n -> n.id() == id).findFirst().orElseThrow();
        }

        private void replace(Node n) {
            nodes.replaceAll(o -> o.id() == n.id() ? n : o);
        }

        private String name() {
            int words = 1 + rnd.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < words; i++) {
                sb.append(i == 0 ? "" : " ").append(WORDS[rnd.nextInt(WORDS.length)]);
            }
            return sb.toString();
        }

        /** Names as users type or paste them: links, brackets, backticks, check marks, commas and colons. */
        private String itemName() {
            return switch (rnd.nextInt(12)) {
                case 0 -> "[" + name() + "](https://example.org/" + rnd.nextInt(100) + ")";
                case 1 -> name() + " [beta]";
                case 2 -> "`kubectl " + name() + "`";
                case 3 -> name() + " \u2705";
                case 4 -> name() + ", " + name();
                case 5 -> name() + ": " + name();
                case 6 -> "[ ] " + name();
                case 7 -> "(" + name() + " [" + name();
                case 8 -> "Maintain: " + name();
                default -> name();
            };
        }

        /** One edit as the app makes it, on a random node; an edit the app refuses is left out. */
        Outline edit(Outline outline, List<String> log) {
            List<Node> all = outline.preorder();
            if (all.isEmpty()) {
                return outline;
            }
            Node n = all.get(rnd.nextInt(all.size()));
            Node other = all.get(rnd.nextInt(all.size()));
            try {
                List<Change> changes = switch (rnd.nextInt(8)) {
                    case 0 -> OutlineEdits.rename(outline, n.id(), n.kind() == NodeKind.ITEM || n.kind() == NodeKind.GOAL
                            ? itemName() : name());
                    case 1 -> OutlineEdits.tick(outline, n.id(), !n.done(), LocalDate.of(2022, 7, 7));
                    case 2 -> OutlineEdits.setStance(outline, n.id(),
                            rnd.nextInt(5) == 0 ? null : Stance.values()[rnd.nextInt(4)]);
                    case 3 -> OutlineEdits.setNotes(outline, n.id(), n.kind() == NodeKind.PAGE
                            ? "## " + name() + "\n\n" + richNotes() + "\n" : richNotes());
                    case 4 -> OutlineEdits.delete(outline, n.id());
                    case 5 -> OutlineEdits.add(outline, n.id(), -1, itemName(), null);
                    default -> mayHold(other.kind(), n.kind()) || n.kind().isTopLevel()
                            ? OutlineEdits.move(outline, n.id(), n.kind().isTopLevel() ? 0 : other.id(),
                                    rnd.nextInt(3) - 1)
                            : List.of();
                };
                log.add(changes.isEmpty() ? "nothing" : changes.get(changes.size() - 1).toString());
                return OutlineEdits.preview(outline, changes);
            } catch (EditRefused refused) {
                return outline;
            }
        }

        /** The outline's shape as the store keeps it (store.TreeRules). */
        private static boolean mayHold(NodeKind parent, NodeKind child) {
            return switch (child) {
                case STRATEGIC, TACTICAL -> parent == NodeKind.YEAR;
                case GOAL -> parent == NodeKind.YEAR || parent == NodeKind.STRATEGIC || parent == NodeKind.GOAL;
                case AREA -> parent == NodeKind.TACTICAL;
                case TOPIC -> parent == NodeKind.AREA;
                case STANCE_LINE -> parent == NodeKind.AREA || parent == NodeKind.TOPIC;
                case ITEM -> parent == NodeKind.AREA || parent == NodeKind.TOPIC || parent == NodeKind.STANCE_LINE
                        || parent == NodeKind.ITEM;
                default -> false;
            };
        }

        private String sentence() {
            return "We " + name() + " and " + name() + ".";
        }

        private String notes() {
            return switch (rnd.nextInt(6)) {
                case 0 -> sentence();
                case 1 -> sentence() + "\n\n" + sentence() + "\n" + sentence();
                case 2 -> richNotes();
                default -> "";
            };
        }

        /** Notes as the editor lets users write them: lists, tasks, headings, code, tables, HTML, links. */
        private String richNotes() {
            return switch (rnd.nextInt(12)) {
                case 0 -> "- [ ] read the SRE book\n- [x] " + name();
                case 1 -> sentence() + "\n\n- " + name() + "\n  - " + name() + "\n1. " + name();
                case 2 -> "## 2023-01-05\n\n" + sentence();
                case 3 -> "# " + name() + "\n###### " + name();
                case 4 -> "```sh\n# not a heading\n- not a list\n```";
                case 5 -> "```\nan unclosed fence\n## nor this";
                case 6 -> "| " + name() + " | b |\n| --- | --- |\n| 1 | 2 |";
                case 7 -> "<details>\n<summary>" + name() + "</summary>\n\n- hidden\n</details>";
                case 8 -> "See [Nydus](https://example.org/nydus) and <https://example.org>.";
                case 9 -> "\n  indented, with blank lines around\n";
                case 10 -> name();
                default -> "Maintain: " + name() + ", " + name() + "\n\nFront End";
            };
        }
    }
}
