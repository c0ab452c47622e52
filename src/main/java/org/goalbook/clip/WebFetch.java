package org.goalbook.clip;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Clips an http(s) link: a feed gives its posts, any other page is one entry named by its title and description.
 * Every wait is bounded (at most 10 seconds to connect and 10 for the answer), and more than 16 MB is refused.
 */
public final class WebFetch {
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private WebFetch() {
    }

    public static Clipping clip(String url) {
        return clip(url, LONGEST_WAIT);
    }

    static Clipping clip(String url, Duration wait) {
        if (!CleanUrl.isWebLink(url)) {
            throw new ClipRefused(url + ": not an http or https link");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(wait)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(wait)
                    .header("User-Agent", "Goalbook (clipping a link into the inbox)")
                    .header("Accept", "application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.5").build();
        } catch (IllegalArgumentException e) {
            throw new ClipRefused(url + ": not a valid link (" + e.getMessage() + ")", e);
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = response.body()) {
                body = in.readNBytes((int) Clipping.LARGEST + 1);
            }
            if (response.statusCode() >= 400) {
                throw new ClipRefused(url + ": the server answered " + response.statusCode());
            }
            Clipping.refuseLarge(url, body.length);
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            String text = new String(body, StandardCharsets.UTF_8);
            if (type.contains("rss") || type.contains("atom") || type.contains("xml") && !type.contains("html")
                    || Clipping.isFeed("", text)) {
                return Clipping.read(url, body);
            }
            if (!type.isEmpty() && !type.startsWith("text/")) {
                throw new ClipRefused(url + ": not a page or a feed (" + type + ")");
            }
            String page = response.uri().toString();
            Document doc = Jsoup.parse(text, page);
            return Clipping.link(page, meta(doc, "og:title", doc.title()),
                    meta(doc, "og:description", doc.select("meta[name=description]").attr("content")));
        } catch (HttpTimeoutException e) {
            throw new ClipRefused(url + ": no answer within " + (wait.toMillis() % 1000 == 0
                    ? wait.toSeconds() + " seconds" : wait.toMillis() + " ms"), e);
        } catch (ConnectException e) {
            throw new ClipRefused(url + ": cannot connect (" + orClass(e) + ")", e);
        } catch (UnknownHostException e) {
            throw new ClipRefused(url + ": unknown host " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ClipRefused(url + ": cannot be fetched (" + orClass(e) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClipRefused(url + ": fetching was interrupted", e);
        }
    }

    private static String meta(Document doc, String property, String fallback) {
        String value = doc.select("meta[property=" + property + "]").attr("content");
        return value.isBlank() ? fallback : value;
    }

    private static String orClass(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
