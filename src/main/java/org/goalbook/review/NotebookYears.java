package org.goalbook.review;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.goalbook.model.Node;
import org.goalbook.model.NodeKind;
import org.goalbook.model.Outline;
import org.goalbook.model.YearPlanner;

/**
 * The years of a notebook in calendar order, each with its skill items indexed by link and by name, so that the
 * same item can be found across years (the rules are in docs/review.md).
 */
public final class NotebookYears {
    private final Outline outline;
    private final List<YearItems> years;
    private final Map<Integer, Index> indexes = new HashMap<>();

    /**
     * The years worked out most recently. The window asks again after every tick (the history line of the selected
     * item), each time for an outline that differs from the last in one branch; only that year is indexed anew.
     * Soft, so that it never keeps memory the program needs.
     */
    private static volatile SoftReference<NotebookYears> latest = new SoftReference<>(null);

    private NotebookYears(Outline outline, List<YearItems> years, NotebookYears earlier) {
        this.outline = outline;
        this.years = years;
        for (YearItems y : years) {
            Index kept = earlier == null ? null : earlier.indexes.get(y.year());
            indexes.put(y.year(), kept != null && earlier.yearItems(y.year()) == y ? kept : new Index(y));
        }
    }

    /** The years of the outline whose name is a year number; two nodes for one year: the first counts. */
    public static NotebookYears of(Outline outline) {
        NotebookYears earlier = latest.get();
        if (earlier != null && earlier.outline == outline) {
            return earlier;
        }
        List<YearItems> years = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (Node root : outline.roots()) {
            int year = YearPlanner.yearNumber(root);
            if (root.kind() == NodeKind.YEAR && year > 0 && !seen.contains(year)) {
                seen.add(year);
                YearItems same = earlier == null ? null : earlier.unchanged(outline, root, year);
                years.add(same != null ? same : YearItems.of(outline, root, year));
            }
        }
        years.sort(Comparator.comparingInt(YearItems::year));
        NotebookYears built = new NotebookYears(outline, List.copyOf(years), earlier);
        latest = new SoftReference<>(built);
        return built;
    }

    /** This notebook's items of a year when {@code outline} left the year's branch exactly as it is here. */
    private YearItems unchanged(Outline later, Node root, int year) {
        YearItems mine = yearItems(year);
        return mine != null && mine.node() == root && outline.sameBranch(later, root.id()) ? mine : null;
    }

    private YearItems yearItems(int year) {
        for (YearItems y : years) {
            if (y.year() == year) {
                return y;
            }
        }
        return null;
    }

    public Outline outline() {
        return outline;
    }

    /** Every year, earliest first. */
    public List<YearItems> all() {
        return years;
    }

    public Optional<YearItems> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    /** The year, or a one-line refusal naming the years there are. */
    public YearItems require(int year) {
        return year(year).orElseThrow(() -> new ReviewException("no year " + year + " in this notebook"
                + (years.isEmpty() ? "" : "; it has " + String.join(", ",
                        years.stream().map(y -> Integer.toString(y.year())).toList()))));
    }

    /** The year asked for, or the latest when {@code year} is null; refused with a one-line message when missing. */
    public YearItems chosen(Integer year) {
        if (year != null) {
            return require(year);
        }
        if (years.isEmpty()) {
            throw new ReviewException("the notebook has no year yet; Year \u203a New year adds one");
        }
        return years.get(years.size() - 1);
    }

    /** The nearest earlier year in the notebook: the one a year is compared with (2020 when there is no 2021). */
    public Optional<YearItems> previous(int year) {
        return years.stream().filter(y -> y.year() < year).reduce((a, b) -> b);
    }

    /** The year an item belongs to, or empty for an item outside any year (on a page). */
    public Optional<YearItems> yearOf(Node item) {
        Node top = item;
        for (Optional<Node> p = outline.parent(item); p.isPresent(); p = outline.parent(p.get())) {
            top = p.get();
        }
        long id = top.id();
        return years.stream().filter(y -> y.node().id() == id).findFirst();
    }

    /**
     * The same item in {@code year}: the first item with the same link, else the first with the same name (Markdown
     * removed, case and surrounding spaces ignored). A link outlives a rename, so it is asked first.
     */
    public Optional<Node> match(Node item, int year) {
        Index index = indexes.get(year);
        if (index == null) {
            return Optional.empty();
        }
        String link = linkKey(item);
        if (link != null && index.byLink.containsKey(link)) {
            return Optional.of(index.byLink.get(link));
        }
        return Optional.ofNullable(index.byName.get(nameKey(item)));
    }

    static String nameKey(Node item) {
        return item.displayName().strip().toLowerCase(Locale.ROOT);
    }

    /** The link without the differences that do not make it another page: case of the host, a trailing slash. */
    static String linkKey(Node item) {
        if (item.link() == null || item.link().isBlank()) {
            return null;
        }
        String link = item.link().strip().toLowerCase(Locale.ROOT);
        return link.endsWith("/") ? link.substring(0, link.length() - 1) : link;
    }

    private static final class Index {
        final Map<String, Node> byLink = new HashMap<>();
        final Map<String, Node> byName = new HashMap<>();

        Index(YearItems year) {
            for (Node item : year.items()) {
                String link = linkKey(item);
                if (link != null) {
                    byLink.putIfAbsent(link, item);
                }
                byName.putIfAbsent(nameKey(item), item);
            }
        }
    }
}
