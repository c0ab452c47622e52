package org.goalbook.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.goalbook.model.Node;
import org.goalbook.model.Outline;
import org.goalbook.model.Stance;

/**
 * Where each blip of a year's radar goes, the same for the window and the pictures: quadrants from areas (as
 * {@link RadarQuadrants} maps them), rings from stances, maintain innermost. The centre is (0, 0), y grows
 * downwards, quadrant 0 is bottom right, then bottom left, top left, top right (Zalando's order); blips are numbered
 * in {@link #READING_ORDER}. Blips sit on a
 * hexagonal grid kept half a grid step away from every ring and quadrant border, so no two overlap and none
 * leaves its cell; the same notebook always gives the same picture.
 *
 * @param year       the year drawn
 * @param quadrants  the four quadrant names, by index
 * @param ringRadii  the outer radius of each ring, maintain first; the last is {@link #RADIUS}
 * @param blipRadius the radius of every blip (smaller when a cell is crowded)
 * @param blips      one per skill item with a stance, in number order
 */
public record RadarLayout(int year, RadarQuadrants quadrants, List<Double> ringRadii, double blipRadius,
                          List<Blip> blips) {

    /** The radius of the whole radar, in layout units. */
    public static final double RADIUS = 400;
    /** The rings' outer radii as radar readers know them (Zalando's 130/220/310/400). */
    private static final List<Double> USUAL_RINGS = List.of(130.0, 220.0, 310.0, RADIUS);
    private static final double LARGEST_STEP = 34;
    private static final double SMALLEST_STEP = 2;
    /** The golden ratio's fraction: successive turns by it never line up, which spreads points evenly. */
    private static final double GOLDEN = 0.6180339887498949;
    /** Quadrant signs: bottom right, bottom left, top left, top right. */
    private static final int[] SIGN_X = {1, -1, -1, 1};
    private static final int[] SIGN_Y = {1, 1, -1, -1};
    /**
     * The quadrants in the order a reader takes them, as a page: top left, top right, bottom left, bottom right. Blips
     * are numbered in this order (as Zalando's radar numbers the entries of the JSON export) and every legend, in
     * the window and in the pictures, stands beside its own quadrant.
     */
    public static final List<Integer> READING_ORDER = java.util.stream.IntStream.range(0, RadarQuadrants.COUNT)
            .boxed().sorted(Comparator.<Integer>comparingInt(q -> SIGN_Y[q]).thenComparingInt(q -> SIGN_X[q]))
            .toList();

    /**
     * One item on the radar.
     *
     * @param number   the number drawn on the blip and in the legend, from 1
     * @param item     the skill item
     * @param stance   its stance, which gives the ring
     * @param quadrant its quadrant's index
     * @param movement how it moved since the previous year
     * @param x        centre, right of the radar's centre
     * @param y        centre, below the radar's centre
     */
    public record Blip(int number, Node item, Stance stance, int quadrant, Movement movement, double x, double y) {
        public int ring() {
            return stance.ordinal();
        }

        public String name() {
            return item.displayName();
        }

        public boolean done() {
            return item.done();
        }
    }

    /** The radar of {@code year}. */
    public static RadarLayout of(NotebookYears notebook, int year) {
        Outline outline = notebook.outline();
        List<Node> items = notebook.require(year).stanced(outline);
        RadarQuadrants quadrants = RadarQuadrants.of(outline, items);
        record Placed(Node item, Stance stance, int quadrant, int order) {
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            placed.add(new Placed(items.get(i), YearItems.stance(outline, items.get(i)),
                    quadrants.indexes().get(i), i));
        }
        // Numbered as the legends read: quadrant by quadrant in reading order, ring by ring, in document order.
        placed.sort(Comparator.comparingInt((Placed p) -> READING_ORDER.indexOf(p.quadrant()))
                .thenComparingInt(p -> p.stance().ordinal()).thenComparingInt(Placed::order));
        int[][] counts = new int[RadarQuadrants.COUNT][Stance.values().length];
        placed.forEach(p -> counts[p.quadrant()][p.stance().ordinal()]++);
        Grid grid = Grid.fitting(counts);
        List<Blip> blips = new ArrayList<>();
        for (int q : READING_ORDER) {
            for (int r = 0; r < Stance.values().length; r++) {
                int quadrant = q;
                int ring = r;
                List<Placed> cell = placed.stream()
                        .filter(p -> p.quadrant() == quadrant && p.stance().ordinal() == ring).toList();
                List<double[]> spots = grid.spread(ring, cell.size());
                for (int i = 0; i < cell.size(); i++) {
                    Placed p = cell.get(i);
                    blips.add(new Blip(blips.size() + 1, p.item(), p.stance(), q,
                            StanceHistory.movement(notebook, p.item(), year),
                            SIGN_X[q] * spots.get(i)[0], SIGN_Y[q] * spots.get(i)[1]));
                }
            }
        }
        return new RadarLayout(year, quadrants, grid.rings, grid.step * Grid.BLIP, List.copyOf(blips));
    }

    /** Whether quadrant {@code q} is drawn above the centre. */
    public static boolean isTop(int q) {
        return SIGN_Y[q] < 0;
    }

    /** Whether quadrant {@code q} is drawn left of the centre. */
    public static boolean isLeft(int q) {
        return SIGN_X[q] < 0;
    }

    /** The inner radius of a ring: 0 for the innermost. */
    public double innerRadius(int ring) {
        return ring == 0 ? 0 : ringRadii.get(ring - 1);
    }

    /** The blips of one quadrant, in number order: the quadrant's legend. */
    public List<Blip> legend(int quadrant) {
        return blips.stream().filter(b -> b.quadrant() == quadrant).toList();
    }

    /**
     * The spots of a hexagonal grid in the bottom-right quadrant, per ring, at least half a step away from the
     * quadrant's axes and the ring's borders; other quadrants use it mirrored.
     */
    private static final class Grid {
        /** A blip's radius as a share of the grid step: the rest is the gap between neighbours. */
        static final double BLIP = 0.42;
        final List<Double> rings;
        final double step;
        final List<List<double[]>> spots;

        private Grid(List<Double> rings, double step) {
            this.rings = rings;
            this.step = step;
            this.spots = new ArrayList<>();
            for (int r = 0; r < rings.size(); r++) {
                spots.add(new ArrayList<>());
            }
            double margin = step / 2;
            double rowHeight = step * Math.sqrt(3) / 2;
            for (int row = 0; margin + row * rowHeight <= RADIUS; row++) {
                double y = margin + row * rowHeight;
                for (double x = margin + (row % 2 == 0 ? 0 : step / 2); x <= RADIUS; x += step) {
                    double d = Math.hypot(x, y);
                    for (int r = 0; r < rings.size(); r++) {
                        double inner = r == 0 ? 0 : rings.get(r - 1);
                        if (d >= inner + margin && d <= rings.get(r) - margin) {
                            spots.get(r).add(new double[] {x, y});
                        }
                    }
                }
            }
        }

        /**
         * The largest grid that holds every cell: first with the usual ring widths, then with rings widened
         * towards the crowded ones, whichever leaves the larger blips.
         */
        static Grid fitting(int[][] counts) {
            int[] most = new int[USUAL_RINGS.size()];
            for (int[] quadrant : counts) {
                for (int r = 0; r < most.length; r++) {
                    most[r] = Math.max(most[r], quadrant[r]);
                }
            }
            Grid usual = largest(USUAL_RINGS, most);
            if (usual.step >= LARGEST_STEP) {
                return usual;
            }
            Grid widened = largest(widened(most), most);
            return widened.step > usual.step ? widened : usual;
        }

        private static Grid largest(List<Double> rings, int[] most) {
            for (double step = LARGEST_STEP; step > SMALLEST_STEP; step *= 0.94) {
                Grid g = new Grid(rings, step);
                if (g.holds(most)) {
                    return g;
                }
            }
            return new Grid(rings, SMALLEST_STEP);
        }

        private boolean holds(int[] most) {
            for (int r = 0; r < most.length; r++) {
                if (spots.get(r).size() < most[r]) {
                    return false;
                }
            }
            return true;
        }

        /** Ring areas in proportion to the fullest cell of each ring, every ring keeping a share of its own. */
        private static List<Double> widened(int[] most) {
            int total = 0;
            for (int m : most) {
                total += m;
            }
            double[] weight = new double[most.length];
            double sum = 0;
            for (int r = 0; r < most.length; r++) {
                weight[r] = most[r] + Math.max(1, total / 12.0);
                sum += weight[r];
            }
            List<Double> radii = new ArrayList<>();
            double area = 0;
            for (int r = 0; r < most.length; r++) {
                area += weight[r] / sum;
                radii.add(r == most.length - 1 ? RADIUS : RADIUS * Math.sqrt(area));
            }
            return List.copyOf(radii);
        }

        /**
         * {@code n} spots of a ring spread evenly over its cell: ideal points are laid out like seeds in a sunflower
         * (even in area from the inner to the outer border, the golden angle apart), and each takes the free grid
         * spot nearest to it; then they are ordered by angle so numbers run round the ring.
         */
        List<double[]> spread(int ring, int n) {
            List<double[]> all = spots.get(ring);
            boolean[] taken = new boolean[all.size()];
            double inner = ring == 0 ? 0 : rings.get(ring - 1);
            double outer = rings.get(ring);
            List<double[]> out = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                double share = (k + 0.5) / n;
                double radius = Math.sqrt(inner * inner + share * (outer * outer - inner * inner));
                double turn = 0.5 + k * GOLDEN;
                double angle = (turn - Math.floor(turn)) * Math.PI / 2;
                double ix = radius * Math.cos(angle);
                double iy = radius * Math.sin(angle);
                int best = -1;
                for (int i = 0; i < all.size(); i++) {
                    if (!taken[i] && (best < 0 || dist(all.get(i), ix, iy) < dist(all.get(best), ix, iy))) {
                        best = i;
                    }
                }
                taken[best] = true;
                out.add(all.get(best));
            }
            out.sort(Comparator.comparingDouble((double[] s) -> Math.atan2(s[1], s[0]))
                    .thenComparingDouble(s -> Math.hypot(s[0], s[1])));
            return out;
        }

        private static double dist(double[] spot, double x, double y) {
            return Math.hypot(spot[0] - x, spot[1] - y);
        }
    }
}
