package org.goalbook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.goalbook.exchange.JsonBackup;
import org.goalbook.exchange.RadarExport;
import org.goalbook.markdown.JournalExporter;
import org.goalbook.model.EditRefused;
import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Notebook;
import org.goalbook.model.Outline;
import org.goalbook.store.NotebookException;
import org.goalbook.store.NotebookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code goalbook export [--year YYYY] [--format …] [-o FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the notebook as a Markdown journal (default), a JSON backup, or a technology radar "
                + "(Build Your Own Radar CSV, Zalando tech-radar JSON, an SVG or PNG picture) to standard output or "
                + "a file.")
final class ExportCommand implements Callable<Integer> {
    /** The formats export writes. */
    enum Format { markdown, json, radar_csv, radar_json, radar_svg, radar_png }

    @ParentCommand
    private GoalbookCommand goalbook;
    @Spec
    private CommandSpec spec;
    @Option(names = "--year", paramLabel = "YYYY",
            description = "Only this year (Markdown); the radar's year (default: the latest).")
    private Integer year;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, json, radar-csv, radar-json, radar-svg or radar-png (default: markdown).")
    private String format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        Format f = format();
        if (f == Format.json && year != null) {
            throw new ParameterException(spec.commandLine(), "--year does not apply to a JSON backup, which holds "
                    + "the whole notebook");
        }
        byte[] bytes;
        try (NotebookStore store = goalbook.notebook().open()) {
            bytes = bytes(f, store.notebook());
        }
        if (output == null) {
            goalbook.bytesOut().write(bytes, 0, bytes.length);
            goalbook.bytesOut().flush();
        } else {
            write(output, bytes);
        }
        return 0;
    }

    private byte[] bytes(Format f, Notebook notebook) {
        return switch (f) {
            case markdown -> utf8(year == null ? JournalExporter.write(notebook)
                    : JournalExporter.writeYear(notebook, year));
            case json -> utf8(JsonBackup.write(notebook));
            case radar_csv -> utf8(RadarExport.csv(notebook, radarYear(notebook)));
            case radar_json -> utf8(RadarExport.json(notebook, radarYear(notebook)));
            case radar_svg -> utf8(RadarExport.svg(notebook, radarYear(notebook)));
            case radar_png -> RadarExport.png(notebook, radarYear(notebook));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Format format() {
        try {
            return Format.valueOf(format.strip().toLowerCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown format \"" + format
                    + "\": use markdown, json, radar-csv, radar-json, radar-svg or radar-png");
        }
    }

    /** The year asked for, else the latest year with skills that have a stance, else the latest year. */
    private int radarYear(Notebook notebook) {
        if (year != null) {
            return year;
        }
        Outline o = notebook.outline();
        List<Node> years = o.roots().stream().filter(n -> n.kind() == NodeKind.YEAR && n.name().matches("\\d{4}"))
                .sorted(Comparator.comparing(Node::name).reversed()).toList();
        if (years.isEmpty()) {
            throw new EditRefused("the notebook has no year to draw a radar of");
        }
        for (Node y : years) {
            boolean[] any = {false};
            o.walk(y.id(), n -> any[0] |= n.kind() == NodeKind.ITEM && n.stance() != null);
            if (any[0]) {
                return Integer.parseInt(y.name());
            }
        }
        return Integer.parseInt(years.get(0).name());
    }

    /** Writes next to the target and moves it into place, so a full disk never leaves half a file behind. */
    static void write(Path target, byte[] bytes) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".goalbook-export-", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // the first failure is the one worth reporting
            }
            throw new NotebookException(target + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
