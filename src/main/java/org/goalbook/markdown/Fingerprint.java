package org.goalbook.markdown;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;

/**
 * The canonical state of a node's own text, written into {@code Source.fingerprint} at import. While a node's
 * fingerprint is unchanged, export writes the node's original text; any difference means it was edited.
 * The fingerprint also records the parent the node was imported under, so a moved node is written anew.
 */
final class Fingerprint {
    private static final char SEP = '\u001f';

    private Fingerprint() {
    }

    /**
     * @param endsList true when the node's line was the last of its list, so that the blank lines after it closed the
     *                 list rather than separating two items
     */
    static String of(Outline outline, Node node, boolean endsList) {
        return node.parentId() + String.valueOf(SEP) + (endsList ? "E" : "") + SEP + state(outline, node);
    }

    /** Whether a node still has the text and parent it had when its fingerprint was taken. */
    static boolean matches(String fingerprint, Outline outline, Node node) {
        return parentPart(fingerprint) == node.parentId() && statePart(fingerprint).equals(state(outline, node));
    }

    static boolean endedList(String fingerprint) {
        int i = fingerprint.indexOf(SEP);
        return i >= 0 && fingerprint.startsWith("E", i + 1);
    }

    /** The state part of a stored fingerprint. */
    static String statePart(String fingerprint) {
        int i = fingerprint.indexOf(SEP);
        int j = i < 0 ? -1 : fingerprint.indexOf(SEP, i + 1);
        return j < 0 ? fingerprint : fingerprint.substring(j + 1);
    }

    /** The parent id a stored fingerprint was taken under, or -1 if unknown. */
    static long parentPart(String fingerprint) {
        int i = fingerprint.indexOf(SEP);
        try {
            return i < 0 ? -1 : Long.parseLong(fingerprint.substring(0, i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The same fingerprint taken under a new parent id: the node was renumbered, not moved. */
    static String reparented(String fingerprint, long newParentId) {
        int i = fingerprint.indexOf(SEP);
        return i < 0 ? fingerprint : newParentId + fingerprint.substring(i);
    }

    /** Whether the node is written as a list item line. */
    static boolean isListItem(Node n) {
        return switch (n.kind()) {
            case GOAL, TOPIC, STANCE_LINE -> true;
            case ITEM -> !n.inline();
            default -> false;
        };
    }

    static String state(Outline outline, Node node) {
        return switch (node.kind()) {
            case PAGE -> "page";
            case YEAR, STRATEGIC, TACTICAL -> node.kind() + "|" + node.name();
            case AREA -> "AREA|" + node.name() + (outline.children(node.id()).isEmpty() ? "|empty" : "");
            case GOAL -> "goal|" + (node.done() ? "x" : "-") + "|" + node.name();
            case ITEM -> node.inline()
                    ? "token|" + InlineList.write(node.name(), node.link(), node.done(), node.doneOn())
                    : "item|" + (node.done() ? "x" : "-") + "|" + node.name();
            case TOPIC -> "topic|" + node.name() + tokens(outline, node);
            case STANCE_LINE -> "stance|" + node.stance() + tokens(outline, node);
        };
    }

    private static String tokens(Outline outline, Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node child : outline.children(parent.id())) {
            if (child.inline()) {
                out.append(SEP).append(state(outline, child));
            }
        }
        return out.toString();
    }
}
