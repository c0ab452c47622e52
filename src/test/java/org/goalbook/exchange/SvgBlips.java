package org.goalbook.exchange;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The blips of a radar SVG read back with the JDK's XML parser: what a reader of the file finds. */
public final class SvgBlips {
    private SvgBlips() {
    }

    /** A {@code <g class="blip">}: its {@code <title>} and the circle it stays within. */
    public record Blip(String title, double x, double y, double r) {
    }

    public static List<Blip> of(Document svg) {
        List<Blip> out = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!g.getAttribute("class").equals("blip")) {
                continue;
            }
            NodeList titles = g.getElementsByTagName("title");
            out.add(new Blip(titles.getLength() == 0 ? null : titles.item(0).getTextContent(),
                    Double.parseDouble(g.getAttribute("data-x")), Double.parseDouble(g.getAttribute("data-y")),
                    Double.parseDouble(g.getAttribute("data-r"))));
        }
        return out;
    }
}
