package org.goalbook.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.goalbook.model.Notebook;
import org.goalbook.review.Movement;
import org.goalbook.review.NotebookYears;
import org.goalbook.review.RadarLayout;

/**
 * A year's skill items as a technology radar: ThoughtWorks "Build Your Own Radar" CSV or Zalando tech-radar JSON.
 * Stances become rings, areas become the four quadrants; the rules are in docs/radar-export.md.
 */
public final class RadarExport {
    /** Zalando's own ring colours, inside out. */
    private static final List<String> RING_COLOURS = List.of("#5ba300", "#009eb0", "#c7ba00", "#e09b96");

    private RadarExport() {
    }

    /**
     * The year as "Build Your Own Radar" CSV ({@code name,ring,quadrant,isNew,description}, RFC 4180, CRLF).
     *
     * @throws ExchangeException when the notebook has no such year
     */
    public static String csv(Notebook notebook, int year) {
        Radar radar = Radar.of(notebook, year);
        CsvText csv = new CsvText().row(List.of("name", "ring", "quadrant", "isNew", "description"));
        List<String> quadrants = radar.quadrants().names();
        for (Radar.Blip b : radar.blips()) {
            csv.row(List.of(b.name(), Radar.RINGS.get(b.ring()), quadrants.get(b.quadrant()),
                    String.valueOf(b.movement() == Movement.NEW), b.description()));
        }
        // The tool finds quadrants by name in the rows and refuses fewer than four: one marker row per empty one,
        // in the outermost ring already drawn so that no ring appears just for it.
        String ring = radar.blips().isEmpty() ? Radar.RINGS.get(Radar.RINGS.size() - 1)
                : Radar.RINGS.get(radar.blips().get(radar.blips().size() - 1).ring());
        for (int q = 0; q < quadrants.size(); q++) {
            if (radar.quadrants().isPlaceholder(q)) {
                csv.row(List.of(quadrants.get(q), ring, quadrants.get(q), "false",
                        "Placeholder: this year has fewer than four areas with skill items."));
            }
        }
        return csv.toString();
    }

    /**
     * The year as a Zalando tech-radar configuration: {@code title}, four {@code quadrants}, four {@code rings} and
     * the {@code entries} that {@code radar_visualization} takes.
     *
     * @throws ExchangeException when the notebook has no such year
     */
    public static String json(Notebook notebook, int year) {
        Radar radar = Radar.of(notebook, year);
        List<Named> quadrants = radar.quadrants().names().stream().map(Named::new).toList();
        List<Ring> rings = IntStream.range(0, Radar.RINGS.size())
                .mapToObj(i -> new Ring(Radar.RINGS.get(i), RING_COLOURS.get(i))).toList();
        List<Entry> entries = new ArrayList<>();
        for (Radar.Blip b : radar.blips()) {
            entries.add(new Entry(b.name(), b.quadrant(), b.ring(), Radar.code(b.movement()), true,
                    b.link() == null ? "" : b.link()));
        }
        return PrettyJson.write(new Config("My Goals in " + year, quadrants, rings, entries));
    }

    /**
     * The year's radar as a self-contained SVG picture (print colours), the same layout the window draws.
     *
     * @throws ExchangeException when the notebook has no such year
     */
    public static String svg(Notebook notebook, int year) {
        return RadarSvg.of(layout(notebook, year));
    }

    /**
     * The year's radar as a PNG image, the same picture as {@link #svg} at twice its size.
     *
     * @throws ExchangeException when the notebook has no such year
     */
    public static byte[] png(Notebook notebook, int year) {
        return RadarPng.of(layout(notebook, year));
    }

    private static RadarLayout layout(Notebook notebook, int year) {
        NotebookYears years = NotebookYears.of(notebook.outline());
        if (years.year(year).isEmpty()) {
            throw new ExchangeException("no year " + year + " in this notebook");
        }
        return RadarLayout.of(years, year);
    }

    @JsonPropertyOrder({"title", "quadrants", "rings", "entries"})
    record Config(String title, List<Named> quadrants, List<Ring> rings, List<Entry> entries) {
    }

    record Named(String name) {
    }

    @JsonPropertyOrder({"name", "color"})
    record Ring(String name, String color) {
    }

    @JsonPropertyOrder({"label", "quadrant", "ring", "moved", "active", "link"})
    record Entry(String label, int quadrant, int ring, int moved, boolean active, String link) {
    }
}
