package org.goalbook.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that cannot be clipped ends in one clear message. */
class BadInputClipTest {
    @TempDir
    Path dir;

    @Test
    void aBinaryFile() throws IOException {
        Path png = dir.resolve("logo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});

        assertThatThrownBy(() -> Clipping.read(png)).isInstanceOf(ClipRefused.class)
                .hasMessage(png + ": not text (it looks like a binary file)");
    }

    @Test
    void aFileOverSixteenMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(17L * 1024 * 1024);
        }

        assertThatThrownBy(() -> Clipping.read(huge)).isInstanceOf(ClipRefused.class)
                .hasMessage(huge + ": 17.0 MB is too large to clip (at most 16 MB)");
    }

    @Test
    void aFeedThatIsNotXml() {
        assertThatThrownBy(() -> Clipping.read("news.rss", "this is no feed".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ClipRefused.class)
                .hasMessageStartingWith("news.rss: not a readable RSS or Atom feed: ");
    }

    @Test
    void anEmailWithoutText() throws IOException {
        byte[] mail = FormatsClipTest.class.getResourceAsStream("/clip/no-text.eml").readAllBytes();

        assertThatThrownBy(() -> Clipping.read("no-text.eml", mail)).isInstanceOf(ClipRefused.class)
                .hasMessage("no-text.eml: the e-mail has no text or HTML part to clip");
    }

    @Test
    void aNewsletterWithNoLinks() {
        byte[] text = "Weekly notes\n\nNothing to read this week, enjoy the holidays.\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Clipping.read("notes.txt", text)).isInstanceOf(ClipRefused.class)
                .hasMessage("notes.txt: found no links to clip");
    }

    @Test
    void onlyUnsubscribeAndSocialLinksCountAsNoLinks() {
        byte[] text = "Bye\nhttps://example.com/unsubscribe?id=1\n\nFollow us\nhttps://twitter.com/someone\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Clipping.read("bye.txt", text)).hasMessage("bye.txt: found no links to clip");
    }

    @Test
    void aFeedWithAnExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String feed = new String(FormatsClipTest.class.getResourceAsStream("/clip/xxe.rss").readAllBytes(),
                StandardCharsets.UTF_8).replace("file:///etc/hostname", secret.toUri().toString());

        assertThatThrownBy(() -> Clipping.read("xxe.rss", feed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ClipRefused.class)
                .hasMessage("xxe.rss: the feed declares a DOCTYPE, which Goalbook does not read (it could pull in "
                        + "other files)")
                .satisfies(e -> assertThat(e.toString()).doesNotContain("TOP-SECRET-42"));
    }
}
