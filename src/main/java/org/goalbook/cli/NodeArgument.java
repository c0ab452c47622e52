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

    /** A stance word, or null for "none". */
    static Stance stance(String typed) {
        if (typed.equalsIgnoreCase("none")) {
            return null;
        }
        return Stance.parse(typed).orElseThrow(() -> new EditRefused("unknown stance \"" + typed
                + "\": use maintain, improve, explore, skip or none"));
    }
}
