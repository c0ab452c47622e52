package org.goalbook.clip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link as the inbox keeps it: tracking parameters ({@code utm_*}, {@code fbclid}, {@code mc_cid} …) and the
 * fragment removed, scheme and host in lower case, so that the same article clipped twice is one entry.
 */
public final class CleanUrl {
    /** Parameters that say who sent the reader, never what the page shows. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "twclid", "igshid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp",
            "hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "s_cid", "ck_subscriber_id",
            "sc_campaign", "sc_channel", "sc_content", "sc_medium", "sc_outcome", "sc_geo", "sc_country", "ref_src",
            "ref_url", "trk", "trkcampaign", "_ga", "_gl", "spm", "cmpid", "wt_mc", "rss", "ncid");
    private static final Pattern WEB = Pattern.compile("(?i)^https?://[^\\s/?#]+.*");

    private CleanUrl() {
    }

    /** Whether the text is one http(s) link. */
    public static boolean isWebLink(String text) {
        return text != null && WEB.matcher(text).matches() && text.chars().noneMatch(Character::isWhitespace);
    }

    /** The link without tracking parameters and fragment, scheme and host lower-cased, default port dropped. */
    public static String of(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        String query = "";
        int q = u.indexOf('?');
        if (q >= 0) {
            query = u.substring(q + 1);
            u = u.substring(0, q);
        }
        int hostStart = u.indexOf("://") + 3;
        int pathStart = u.indexOf('/', hostStart);
        String authority = pathStart < 0 ? u.substring(hostStart) : u.substring(hostStart, pathStart);
        String path = pathStart < 0 ? "/" : u.substring(pathStart);
        String scheme = u.substring(0, hostStart - 3).toLowerCase(Locale.ROOT);
        authority = authority.toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && authority.endsWith(":443") || scheme.equals("http") && authority.endsWith(":80")) {
            authority = authority.substring(0, authority.lastIndexOf(':'));
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String lower = name.toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !lower.startsWith("utm_") && !TRACKING.contains(lower)) {
                kept.add(pair);
            }
        }
        return scheme + "://" + authority + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /**
     * What two links must share to be the same page: the cleaned link without scheme, "www." and a final slash
     * ({@code http://www.x.org/a/} and {@code https://x.org/a} are one page).
     */
    public static String key(String url) {
        String clean = of(url);
        String rest = clean.substring(clean.indexOf("://") + 3);
        if (rest.startsWith("www.")) {
            rest = rest.substring(4);
        }
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path + query;
    }

    /** The host without "www.", for showing where a link goes. */
    public static String domain(String url) {
        String rest = of(url).substring(of(url).indexOf("://") + 3);
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
