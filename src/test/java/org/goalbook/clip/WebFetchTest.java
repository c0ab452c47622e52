package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clipping an http(s) link, against a server on 127.0.0.1 started by the test (there is no outside network). */
class WebFetchTest {
    private HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> answer(ex, 200, "application/rss+xml",
                new String(getClass().getResourceAsStream("/clip/feed.rss").readAllBytes(), StandardCharsets.UTF_8)));
        server.createContext("/post", ex -> answer(ex, 200, "text/html; charset=utf-8", "<html><head><title>Plain title"
                + "</title><meta property=\"og:title\" content=\"Why DNS breaks\"><meta name=\"description\" "
                + "content=\"A tour of resolvers.\"></head><body><p>Text</p></body></html>"));
        server.createContext("/gone", ex -> answer(ex, 404, "text/plain", "not here"));
        server.createContext("/slow", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(ex, 200, "text/plain", "late");
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void answer(com.sun.net.httpserver.HttpExchange ex, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void aFeedLinkGivesItsPosts() {
        Clipping clipping = WebFetch.clip(url("/feed.xml"));

        assertThat(clipping.source()).isEqualTo("SRE Weekly");
        assertThat(clipping.entries()).extracting(e -> e.url()).containsExactly(
                "https://blog.example.net/cache-incident", "https://vendor.example/observe",
                "https://sre.example.com/error-budgets/");
    }

    @Test
    void aPageLinkIsOneEntryWithThePagesTitleAndDescription() {
        Clipping clipping = WebFetch.clip(url("/post?utm_source=mastodon"));

        assertThat(clipping.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Why DNS breaks");
            assertThat(e.summary()).isEqualTo("A tour of resolvers.");
            assertThat(e.url()).isEqualTo(url("/post"));
        });
    }

    @Test
    void aServerErrorIsOneLine() {
        assertThatThrownBy(() -> WebFetch.clip(url("/gone"))).isInstanceOf(ClipRefused.class)
                .hasMessage(url("/gone") + ": the server answered 404");
    }

    @Test
    void aServerThatDoesNotAnswerIsGivenUpAfterTheWait() {
        assertThatThrownBy(() -> WebFetch.clip(url("/slow"), Duration.ofMillis(300))).isInstanceOf(ClipRefused.class)
                .hasMessage(url("/slow") + ": no answer within 300 ms");
    }

    @Test
    void nothingListeningIsOneLine() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        String closed = "http://127.0.0.1:" + port + "/feed";

        assertThatThrownBy(() -> WebFetch.clip(closed)).isInstanceOf(ClipRefused.class)
                .hasMessageStartingWith(closed + ": cannot connect");
    }

    @Test
    void theLongestWaitIsTenSeconds() {
        assertThat(WebFetch.LONGEST_WAIT).isEqualTo(Duration.ofSeconds(10));
    }
}
