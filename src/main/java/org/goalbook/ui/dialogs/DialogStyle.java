package org.goalbook.ui.dialogs;

import java.util.Objects;

/** Dialogs are scenes of their own and do not see the window's stylesheets: they add this one. */
final class DialogStyle {
    static final String CSS = Objects.requireNonNull(DialogStyle.class.getResource("dialogs.css"), "dialogs.css")
            .toExternalForm();

    private DialogStyle() {
    }
}
