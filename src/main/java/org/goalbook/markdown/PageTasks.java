package org.goalbook.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.goalbook.model.Progress;

/**
 * The GitHub task items of a page ("- [ ] …", "* [x] …", "1. [X] …"), outside code blocks, numbered from 1 in
 * document order. Ticking one changes that one character of the page's text.
 */
public final class PageTasks {
    private PageTasks() {
    }

    /** One task item of a page. */
    public record Task(int number, String text, boolean done, int boxOffset) {
    }

    public static List<Task> of(String page) {
        List<Task> tasks = new ArrayList<>();
        Fence fence = new Fence();
        int offset = 0;
        for (Line line : Line.split(page)) {
            if (!fence.inCode(line.text())) {
                Optional<ListLine> item = ListLine.parse(line.text());
                if (item.isPresent() && item.get().hasBox()) {
                    ListLine li = item.get();
                    int box = offset + li.prefix().length();
                    tasks.add(new Task(tasks.size() + 1, li.content(), li.ticked(), box));
                }
            }
            offset += line.raw().length();
        }
        return tasks;
    }

    /**
     * Whether two versions of a page have the same task items (text and box, in order). Typing changes a few lines
     * of a long page: when those lines hold no fence or notes marker (so the lines below are read as before) and
     * the same tasks, only they are read; otherwise both pages are.
     */
    public static boolean same(String before, String after) {
        if (before.equals(after)) {
            return true;
        }
        TextEdit edit = TextEdit.between(before, after);
        int start = before.lastIndexOf('\n', edit.from() - 1) + 1;
        int end = before.indexOf('\n', edit.endBefore());
        int endBefore = end < 0 ? before.length() : end + 1; // with its line break, so a "\r\n" line splits as one
        String was = before.substring(start, endBefore);
        String is = after.substring(start, endBefore + edit.delta());
        if (!opensOrClosesCode(was) && !opensOrClosesCode(is) && sameTasks(of(was), of(is))) {
            return true;
        }
        return sameTasks(of(before), of(after));
    }

    private static boolean opensOrClosesCode(String lines) {
        for (Line line : Line.split(lines)) {
            if (new Fence().inCode(line.text()) || Notes.isClose(line.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameTasks(List<Task> a, List<Task> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).done() != b.get(i).done() || !a.get(i).text().equals(b.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** The texts of a page's task items in order: task N is at index N - 1. */
    public static List<String> texts(String page) {
        return of(page).stream().map(Task::text).toList();
    }

    /** Done and total task items of a page's text: a page's own progress, counted with the notebook's items. */
    public static Progress progress(String page) {
        List<Task> tasks = of(page);
        return new Progress((int) tasks.stream().filter(Task::done).count(), tasks.size());
    }

    /**
     * The page with task {@code number} ticked or unticked; the same text when it already is.
     *
     * @throws JournalException when the page has no such task
     */
    public static String tick(String page, int number, boolean done) {
        List<Task> tasks = of(page);
        if (number < 1 || number > tasks.size()) {
            throw new JournalException("the page has " + tasks.size() + " task" + (tasks.size() == 1 ? "" : "s")
                    + "; there is no task " + number);
        }
        Task task = tasks.get(number - 1);
        if (task.done() == done) {
            return page;
        }
        char was = page.charAt(task.boxOffset() + 1);
        char mark = done ? (was == 'X' ? 'X' : 'x') : ' ';
        return page.substring(0, task.boxOffset() + 1) + mark + page.substring(task.boxOffset() + 2);
    }
}
