package org.goalbook.clip;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML issue (a web page or an e-mail's HTML part): a heading without a link opens a section; a paragraph,
 * list item or heading holding a link is an entry, its first link the title, the rest of its text (or the next
 * paragraph when it has none) the summary. Links in navigation, header and footer are not entries, and entries
 * inside an element whose class or id says "sponsor" or "ad" are flagged.
 */
final class HtmlIssue {
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, td:not(:has(p, li, td, h1, h2, h3, h4))";

    private HtmlIssue() {
    }

    /** The page's title, or "". */
    static String name(String html) {
        return Jsoup.parse(html).title().strip();
    }

    static void read(String html, IssueEntries into) {
        Document doc = Jsoup.parse(html);
        doc.select("nav, header, footer, script, style, [role=navigation], [aria-hidden=true]").remove();
        String section = "";
        List<Element> blocks = doc.select(BLOCKS);
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            List<Element> links = block.select("a[href]");
            if (links.isEmpty()) {
                if (block.normalName().matches("h[1-6]") && !block.text().isBlank()) {
                    section = block.text().strip();
                }
                continue;
            }
            if (block.parents().stream().anyMatch(p -> blocks.contains(p) && p != block)) {
                continue; // a paragraph inside a list item: its item is the entry
            }
            Element first = links.get(0);
            List<String> urls = new ArrayList<>();
            links.forEach(a -> urls.add(a.absUrl("href").isEmpty() ? a.attr("href") : a.absUrl("href")));
            String summary = block.text().replace(first.text(), "").strip().replaceFirst("^[-\u2013\u2014:|]\\s*", "");
            if (summary.isEmpty() && i + 1 < blocks.size() && blocks.get(i + 1).select("a[href]").isEmpty()
                    && !blocks.get(i + 1).normalName().matches("h[1-6]")) {
                summary = blocks.get(i + 1).text();
            }
            into.add(first.text(), urls, summary, section, sponsored(block, section));
        }
    }

    private static boolean sponsored(Element block, String section) {
        if (SponsorWords.mark(section)) {
            return true;
        }
        for (Element e = block; e != null; e = e.parent()) {
            String marks = (e.className() + " " + e.id()).replace('-', ' ').replace('_', ' ');
            if (SponsorWords.mark(marks) || marks.matches("(?i).*\\b(ad|ads|advert|promo)\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
