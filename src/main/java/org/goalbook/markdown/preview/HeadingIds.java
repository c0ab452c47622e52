package org.goalbook.markdown.preview;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Heading ids as flexmark's renderer makes them ("log-lifo", then "log-lifo-1" for the second heading of that name),
 * for a part of a note rendered on its own: the part's headings are numbered on from the headings above it. The
 * base id comes from flexmark's own function, the headings are visited in the order its generator visits them.
 */
final class HeadingIds {
    private final String toDashChars;
    private final String nonDashChars;
    private final boolean noDupedDashes;
    private final boolean nonAsciiToLowercase;

    HeadingIds(DataHolder options) {
        HeaderIdGenerator generator = new HeaderIdGenerator(options);
        toDashChars = generator.getToDashChars();
        nonDashChars = generator.getNonDashChars();
        noDupedDashes = generator.isNoDupedDashes();
        nonAsciiToLowercase = generator.isNonAsciiToLowercase();
    }

    /** A heading and its base id; null for a heading without text, which gets no id. */
    record Target(AnchorRefTarget heading, String base) {
        /** Gives the heading the id of the {@code seen + 1}-th heading with this base id in the note. */
        void number(int seen) {
            heading.setAnchorRefId(seen == 0 ? base : base + "-" + seen);
        }
    }

    /** The headings in and under this node, in the order flexmark numbers them. */
    List<Target> targets(Node root) {
        List<Target> found = new ArrayList<>();
        new AnchorRefTargetBlockVisitor() {
            @Override
            protected void visit(AnchorRefTarget target) {
                String text = target.getAnchorRefText();
                found.add(new Target(target, text.isEmpty() ? null
                        : HeaderIdGenerator.generateId(text, toDashChars, nonDashChars, noDupedDashes,
                                nonAsciiToLowercase)));
            }
        }.visit(root);
        return found;
    }

    /** The base ids of the headings in and under this node that get one. */
    List<String> bases(Node root) {
        List<String> bases = new ArrayList<>(0);
        for (Target target : targets(root)) {
            if (target.base() != null) {
                bases.add(target.base());
            }
        }
        return bases.isEmpty() ? List.of() : bases;
    }
}
