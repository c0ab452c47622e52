package org.goalbook.ui.preview;

import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.goalbook.markdown.preview.LinkPolicy;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventListener;

/**
 * Every click in the preview lands here, in Java, before the page can act on it: links never navigate the preview
 * (web and mail links go to the system's programs, in-note anchors scroll), and a task box reports its item's
 * source offset instead of ticking itself; the next render shows the real state.
 */
final class PreviewClicks implements EventListener {
    private final LinkOpener linkOpener;
    private final IntConsumer taskToggled;
    private final Consumer<String> anchorClicked;

    PreviewClicks(LinkOpener linkOpener, IntConsumer taskToggled, Consumer<String> anchorClicked) {
        this.linkOpener = linkOpener;
        this.taskToggled = taskToggled;
        this.anchorClicked = anchorClicked;
    }

    @Override
    public void handleEvent(Event event) {
        for (Node node = (Node) event.getTarget(); node != null; node = node.getParentNode()) {
            if (node instanceof Element element) {
                String tag = element.getTagName();
                if ("A".equalsIgnoreCase(tag)) {
                    event.preventDefault();
                    follow(element.getAttribute("href"));
                    return;
                }
                if ("INPUT".equalsIgnoreCase(tag)) {
                    event.preventDefault();
                    toggle(element.getAttribute("data-task"));
                    return;
                }
            }
        }
    }

    private void follow(String href) {
        if (href == null) {
            return;
        }
        if (href.startsWith("#") && href.length() > 1) {
            anchorClicked.accept(href.substring(1));
        } else if (LinkPolicy.opensInBrowser(href)) {
            linkOpener.open(href);
        }
    }

    private void toggle(String offset) {
        try {
            taskToggled.accept(Integer.parseInt(offset));
        } catch (NumberFormatException e) {
            // Not one of our task boxes (the sanitizer removes all others): nothing to tick.
        }
    }
}
