package org.goalbook.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookInUse;
import org.goalbook.store.NotebookStore;

/**
 * A start that opens the window on a notebook: {@code goalbook}, {@code goalbook FILE.goalbook} (a double-click on a
 * notebook) or {@code goalbook --notebook PATH}. These are recognised before the command-line parser is built: the
 * window needs none of it, and building picocli's model of every subcommand cost a noticeable part of start-up. Any
 * other command line, including help and mistakes, goes to picocli, which also knows these forms.
 */
final class WindowStart {
    private static final String NOTEBOOK_OPTION = NotebookOption.NAME;
    private static final String NOTEBOOK_SUFFIX = ".goalbook";

    /** The notebook the command line named; null for the last one the window had open, else the standard one. */
    private final Path named;

    WindowStart(Path named) {
        this.named = named;
    }

    /**
     * The window start {@code args} ask for, when they are one of the three plain forms; empty for anything else (a
     * subcommand, an option, a file that does not end in {@code .goalbook}), which is picocli's to read.
     */
    static Optional<WindowStart> recognise(String[] args) {
        if (args.length == 0) {
            return Optional.of(new WindowStart(null));
        }
        if (args.length == 1 && isNotebookFile(args[0])) {
            return Optional.of(new WindowStart(Path.of(args[0])));
        }
        if (args.length == 1 && args[0].startsWith(NOTEBOOK_OPTION + "=")) {
            return named(args[0].substring(NOTEBOOK_OPTION.length() + 1));
        }
        if (args.length == 2 && args[0].equals(NOTEBOOK_OPTION)) {
            return named(args[1]);
        }
        return Optional.empty();
    }

    /** A plain argument that names a notebook by its suffix; no subcommand ends like that. */
    static boolean isNotebookFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(NOTEBOOK_SUFFIX);
    }

    private static Optional<WindowStart> named(String value) {
        // An empty or option-like value is a usage question for picocli, with its own message.
        return value.isEmpty() || value.startsWith("-") ? Optional.empty() : Optional.of(new WindowStart(Path.of(value)));
    }

    /**
     * Opens the notebook once and hands it to the window. A bad notebook gets its one-line message and exit code 2
     * before any window appears; the window opens anyway, because a start from the desktop has nobody reading stderr:
     * it opens the file again itself and says the same in a dialog, with no notebook open and every menu usable.
     *
     * @return the exit code once the window has closed
     */
    int run(Consumer<String> errorLine, WindowLauncher launcher) {
        launcher.prepare();
        Path path = named != null ? named
                : launcher.lastNotebook().filter(Files::isRegularFile).orElseGet(NotebookOption::standardNotebook);
        NotebookStore store;
        try {
            store = NotebookStore.open(path);
        } catch (NotebookInUse refused) {
            // Started again on a notebook that is open: the window there comes forward instead.
            if (launcher.handOver(refused, path)) {
                return 0;
            }
            throw refused;
        } catch (NotebookException e) {
            errorLine.accept(e.getMessage());
            launcher.open(path);
            return GoalbookCli.BAD_INPUT;
        }
        if (launcher.windowRunning()) {
            // Another notebook while a window runs: that window asks whether to open it there or in a window of
            // its own. It opens the file itself, so this start lets go of the file while it asks.
            store.close();
            if (!launcher.handToRunningWindow(path)) {
                launcher.open(path);
            }
            return 0;
        }
        launcher.open(store);
        return 0;
    }
}
