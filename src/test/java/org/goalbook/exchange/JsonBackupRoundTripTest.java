package org.goalbook.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.NotebookMeta;
import org.goalbook.model.Outline;
import org.goalbook.model.Resource;
import org.goalbook.model.Source;
import org.goalbook.model.Stance;

/** Any notebook, however odd its text, survives a trip through the JSON backup unchanged. */
class JsonBackupRoundTripTest {

    @Property(tries = 300)
    void anyNotebookComesBackEqual(@ForAll("notebooks") Notebook notebook) {
        String json = JsonBackup.write(notebook);
        Notebook back = JsonBackup.read(json);
        JsonBackupTest.assertSameNotebook(notebook, back);
        assertEquals(json, JsonBackup.write(back));
    }

    /** One node before it is placed: where it hangs is decided from {@code parentPick} and the nodes before it. */
    record Spec(int parentPick, int position, NodeKind kind, String name, Stance stance, LocalDate doneOn,
                Extras extras) {
    }

    record Extras(boolean done, String link, String notes, boolean inline, Source source) {
    }

    @Provide
    Arbitrary<Notebook> notebooks() {
        Arbitrary<NotebookMeta> meta = Combinators.combine(text(), text(), text().list().ofMaxSize(4), text(),
                Arbitraries.of("\n", "\r\n")).as((t, d, tags, fm, le) -> new NotebookMeta(t, d, "draft", "", tags,
                fm, le));
        Arbitrary<List<Spec>> specs = spec().list().ofMaxSize(40);
        Arbitrary<Long> idBase = Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
        return Combinators.combine(meta, specs, idBase, text()).as(JsonBackupRoundTripTest::notebook);
    }

    private static Notebook notebook(NotebookMeta meta, List<Spec> specs, long idBase, String resourceTitle) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            // The first node and every node whose pick lands on "none" stand at the top level as a page or year.
            boolean top = i == 0 || s.parentPick() % (i + 1) == 0;
            long parent = top ? 0 : nodes.get(s.parentPick() % i).id();
            NodeKind kind = top ? (s.kind().ordinal() % 2 == 0 ? NodeKind.PAGE : NodeKind.YEAR)
                    : s.kind().isTopLevel() ? NodeKind.ITEM : s.kind();
            Extras x = s.extras();
            nodes.add(new Node(idBase + i + 1, parent, s.position(), kind, s.name(), s.stance(), x.done(),
                    s.doneOn(), x.link(), x.notes(), x.inline(), x.source()));
        }
        List<Resource> resources = nodes.isEmpty() ? List.of()
                : List.of(new Resource(9, resourceTitle, "https://example.org/a,b", resourceTitle, "",
                nodes.get(nodes.size() - 1).id()), new Resource(10, "", "", "", resourceTitle, 0));
        return new Notebook(meta, new Outline(nodes), resources);
    }

    private static Arbitrary<Spec> spec() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60_000)
                .map(d -> LocalDate.of(1970, 1, 1).plusDays(d)).injectNull(0.5);
        Arbitrary<Source> sources = Combinators.combine(text(), text(), text()).as(Source::new).injectNull(0.3);
        Arbitrary<Extras> extras = Combinators.combine(Arbitraries.of(true, false), text().injectNull(0.5), text(),
                Arbitraries.of(true, false), sources).as(Extras::new);
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 5),
                Arbitraries.of(NodeKind.class), text(), Arbitraries.of(Stance.class).injectNull(0.3), dates, extras)
                .as(Spec::new);
    }

    /** Text as journals have it: any letters and symbols, quotes, backslashes, control characters, emoji. */
    private static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withCharRange('\u0400', '\u04ff')
                .withCharRange('\u3040', '\u30ff').withChars("\"\\\r\n\t✅").ofMaxLength(30);
        Arbitrary<String> emoji = Arbitraries.of("🚀", "👩‍💻", "🇯🇵", "✅ 2022-05-01");
        return Arbitraries.frequencyOf(Tuple.of(5, plain), Tuple.of(1, emoji));
    }
}
