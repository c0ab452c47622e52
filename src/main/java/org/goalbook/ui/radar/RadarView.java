package org.goalbook.ui.radar;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.util.Duration;

import org.goalbook.markdown.FirstParagraph;
import org.goalbook.model.Stance;
import org.goalbook.review.BlipShapes;
import org.goalbook.review.Movement;
import org.goalbook.review.RadarLayout;

/**
 * A year's radar drawn with scene-graph shapes from {@link RadarLayout}: rings, quadrants, a numbered blip per
 * stanced item (shape by movement, filled when done) and a legend per quadrant. Each blip and legend line can take
 * the focus (Tab), tells what it is on hover or focus, and selects its item on a click, Enter or Space.
 */
public final class RadarView {
    public static final String ID = "radarView";
    public static final String BLIP = "radar-blip";
    public static final String LEGEND_ITEM = "radar-legend-item";
    public static final String INFO_ID = "radarInfo";
    public static final String LEFT_LEGENDS_ID = "radarLegendsLeft";
    public static final String RIGHT_LEGENDS_ID = "radarLegendsRight";
    private static final double SIZE = 2 * (RadarLayout.RADIUS + 20);

    private final LongConsumer select;
    private final Group radar = new Group();
    private final Pane radarPane = new Pane(radar);
    /** The legends of the left quadrants (top, then bottom) and of the right ones, each beside its quadrants. */
    private final VBox leftLegends = new VBox();
    private final VBox rightLegends = new VBox();
    private final Label info = new Label();
    /** One tooltip for every blip and legend line, told what to say as it shows: 600 tooltips are slow to make. */
    private final Tooltip tip = new Tooltip();
    private final BorderPane pane = new BorderPane();

    /** @param select what a click on a blip does with its item's id: selects it in the tree */
    public RadarView(LongConsumer select) {
        this.select = select;
        createView();
        initListeners();
    }

    public BorderPane view() {
        return pane;
    }

    private void createView() {
        pane.setId(ID);
        pane.getStyleClass().add("radar");
        radarPane.getStyleClass().add("radar-picture");
        radarPane.setMinSize(200, 200);
        radarPane.setPrefSize(SIZE, SIZE);
        info.setId(INFO_ID);
        info.getStyleClass().add("radar-info");
        info.setMaxWidth(Double.MAX_VALUE);
        pane.setCenter(radarPane);
        pane.setLeft(legendColumn(leftLegends, LEFT_LEGENDS_ID));
        pane.setRight(legendColumn(rightLegends, RIGHT_LEGENDS_ID));
        pane.setBottom(info);
    }

    private static ScrollPane legendColumn(VBox legends, String id) {
        legends.setId(id);
        legends.getStyleClass().add("radar-legends");
        ScrollPane scroll = new ScrollPane(legends);
        // Fitted to the height, the two legends share it: the lower one starts about level with the radar's centre.
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("radar-legend-scroll");
        scroll.setPrefWidth(240);
        return scroll;
    }

    private void initListeners() {
        tip.setShowDelay(Duration.millis(200));
        tip.setOnShowing(e -> {
            Object blip = tip.getOwnerNode() == null ? null : tip.getOwnerNode().getProperties().get(BLIP);
            tip.setText(blip instanceof RadarLayout.Blip b ? describe(b) : "");
        });
        // The picture is laid out for a fixed size; it scales to whatever room the window gives it.
        Runnable fit = () -> {
            double scale = Math.min(radarPane.getWidth(), radarPane.getHeight()) / SIZE;
            radar.setScaleX(scale);
            radar.setScaleY(scale);
            radar.setLayoutX(radarPane.getWidth() / 2);
            radar.setLayoutY(radarPane.getHeight() / 2);
        };
        radarPane.widthProperty().addListener((obs, was, is) -> fit.run());
        radarPane.heightProperty().addListener((obs, was, is) -> fit.run());
    }

    /** Draws the layout, replacing what was shown. */
    public void show(RadarLayout layout) {
        radar.getChildren().clear();
        leftLegends.getChildren().clear();
        rightLegends.getChildren().clear();
        info.setText(layout.blips().isEmpty() ? "No item of " + layout.year() + " has a stance yet."
                : "Tab moves from blip to blip; Enter selects the item in the tree.");
        // Scaling a Group scales about its centre: a square frame keeps the centre at (0, 0).
        Pane frame = new Pane();
        frame.setMouseTransparent(true);
        frame.setLayoutX(-SIZE / 2);
        frame.setLayoutY(-SIZE / 2);
        frame.setPrefSize(SIZE, SIZE);
        radar.getChildren().add(frame);
        for (int ring = layout.ringRadii().size() - 1; ring >= 0; ring--) {
            Circle c = new Circle(layout.ringRadii().get(ring));
            c.getStyleClass().addAll("radar-ring", "radar-ring-" + ring);
            radar.getChildren().add(c);
        }
        double r = RadarLayout.RADIUS;
        Line across = new Line(-r, 0, r, 0);
        Line down = new Line(0, -r, 0, r);
        across.getStyleClass().add("radar-axis");
        down.getStyleClass().add("radar-axis");
        radar.getChildren().addAll(across, down);
        for (int ring = 0; ring < layout.ringRadii().size(); ring++) {
            Text name = new Text(Stance.values()[ring].label());
            name.getStyleClass().add("radar-ring-name");
            double middle = (layout.innerRadius(ring) + layout.ringRadii().get(ring)) / 2;
            name.setX(-name.getLayoutBounds().getWidth() / 2);
            name.setY(-middle + 4);
            radar.getChildren().add(name);
        }
        // Two sizes of number, made once: a font per blip made the first paint of 300 blips noticeably slower.
        double r2 = layout.blipRadius();
        javafx.scene.text.Font[] fonts = {
            javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, r2 * 0.95),
            javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, r2 * 0.75)};
        for (RadarLayout.Blip b : layout.blips()) {
            radar.getChildren().add(blip(b, r2, fonts[b.number() < 100 ? 0 : 1]));
        }
        radar.getChildren().forEach(n -> {
            if (n instanceof Shape || n instanceof Text) {
                n.setMouseTransparent(true);
            }
        });
        for (int q : RadarLayout.READING_ORDER) {
            Node legend = legend(layout, q);
            VBox.setVgrow(legend, javafx.scene.layout.Priority.ALWAYS);
            (RadarLayout.isLeft(q) ? leftLegends : rightLegends).getChildren().add(legend);
        }
    }

    private Node blip(RadarLayout.Blip b, double r, javafx.scene.text.Font font) {
        double stroke = Math.max(1, r / 6);
        double inner = r - stroke / 2;
        Shape shape = switch (b.movement()) {
            case NEW -> new Polygon(BlipShapes.star(0, 0, inner));
            case MOVED_IN -> new Polygon(BlipShapes.triangle(0, 0, inner, true));
            case MOVED_OUT -> new Polygon(BlipShapes.triangle(0, 0, inner, false));
            case UNCHANGED -> new Circle(inner);
        };
        shape.setStrokeWidth(stroke);
        shape.getStyleClass().add("radar-blip-shape");
        Text number = new Text(Integer.toString(b.number()));
        number.getStyleClass().add("radar-blip-number");
        double size = font.getSize();
        number.setFont(font);
        number.setX(-number.getLayoutBounds().getWidth() / 2);
        double lift = b.movement() == Movement.MOVED_IN ? r * 0.15 : b.movement() == Movement.MOVED_OUT ? -r * 0.15 : 0;
        number.setY(size * 0.36 + lift);
        number.setMouseTransparent(true);
        Group g = new Group(shape, number);
        g.setId("blip-" + b.number());
        g.getStyleClass().addAll(BLIP, b.stance().label().toLowerCase(Locale.ROOT),
                b.movement().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (b.done()) {
            g.getStyleClass().add("done");
        }
        g.setLayoutX(b.x());
        g.setLayoutY(b.y());
        wire(g, b);
        return g;
    }

    private Node legend(RadarLayout layout, int q) {
        VBox box = new VBox();
        box.getStyleClass().add("radar-legend");
        Label title = new Label(layout.quadrants().title(q));
        title.getStyleClass().add("radar-legend-title");
        box.getChildren().add(title);
        List<RadarLayout.Blip> blips = layout.legend(q);
        if (blips.isEmpty()) {
            title.getStyleClass().add("radar-legend-empty");
        }
        int ring = -1;
        for (RadarLayout.Blip b : blips) {
            if (b.ring() != ring) {
                ring = b.ring();
                Label stance = new Label(b.stance().label());
                stance.getStyleClass().addAll("radar-legend-stance", b.stance().label().toLowerCase(Locale.ROOT));
                box.getChildren().add(stance);
            }
            Label line = new Label(b.number() + ". " + b.name() + (b.done() ? " \u2713" : "")
                    + marker(b.movement()));
            line.getStyleClass().add(LEGEND_ITEM);
            line.setAlignment(Pos.CENTER_LEFT);
            wire(line, b);
            box.getChildren().add(line);
        }
        return box;
    }

    private static String marker(Movement m) {
        return switch (m) {
            case NEW -> "  \u2605 new";
            case MOVED_IN -> "  \u25b2 moved in";
            case MOVED_OUT -> "  \u25bc moved out";
            case UNCHANGED -> "";
        };
    }

    /** Hover, focus, click and keys on a blip or its legend line. */
    private void wire(Node node, RadarLayout.Blip b) {
        node.getProperties().put(BLIP, b);
        Tooltip.install(node, tip);
        node.setFocusTraversable(true);
        node.setAccessibleText(b.number() + ". " + b.name());
        node.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                info.setText(describe(b).replace('\n', ' '));
            }
        });
        node.setOnMouseClicked(e -> select.accept(b.item().id()));
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                select.accept(b.item().id());
                e.consume();
            }
        });
    }

    /** What hover and focus tell: number and name, stance and movement, done date, the notes' first line. */
    static String describe(RadarLayout.Blip b) {
        StringBuilder s = new StringBuilder().append(b.number()).append(". ").append(b.name()).append('\n')
                .append(b.stance().label()).append(marker(b.movement()).replace("  ", ", "));
        if (b.done()) {
            s.append(", done").append(b.item().doneOn() == null ? "" : " " + b.item().doneOn());
        }
        String notes = FirstParagraph.of(b.item().notes());
        if (!notes.isEmpty()) {
            s.append('\n').append(notes.length() > 120 ? notes.substring(0, 119) + "\u2026" : notes);
        }
        return s.toString();
    }
}
