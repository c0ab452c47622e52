package org.goalbook.cli;

import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/** Reads the node ids and stance words people type, with messages that say what to type instead. */
final class NodeArgument {
    private NodeArgument() {
    }

    /** A node of the outline by the id {@code goalbook list} shows (with or without its leading "#"). */
    static Node node(Outline outline, String typed) {
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        long id;
        try {
            id = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new EditRefused("\"" + typed + "\" is not a node id; ids are the numbers `goalbook list` shows");
        }
        return outline.find(id).orElseThrow(() -> new EditRefused("no node #" + id
                + " in this notebook; `goalbook list` shows the ids"));
    }

    /** Task {@code number} of a page, typed as "PAGE.N" (the id `goalbook list` shows beside the task). */
    record PageTask(Node page, int number) {
    }

    static boolean isPageTask(String typed) {
        return typed.indexOf('.') > 0;
    }

    static PageTask pageTask(Outline outline, String typed) {
        int dot = typed.indexOf('.');
        Node page = node(outline, typed.substring(0, dot));
        if (page.kind() != org.goalbook.model.NodeKind.PAGE) {
            throw new EditRefused("#" + page.id() + " is not a page; PAGE.N names task N of a page");
        }
        try {
            return new PageTask(page, Integer.parseInt(typed.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new EditRefused("\"" + typed + "\" is not a task id; `goalbook list` shows them as PAGE.N");
        }
    }

    /** A stance word, or null for "none". */
    static Stance stance(String typed) {
        if (typed.equalsIgnoreCase("none")) {
            return null;
        }
        return Stance.parse(typed).orElseThrow(() -> new EditRefused("unknown stance \"" + typed
                + "\": use maintain, improve, explore, skip or none"));
    }
}
