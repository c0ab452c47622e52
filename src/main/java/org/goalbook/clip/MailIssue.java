package org.goalbook.clip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A newsletter saved as an e-mail ({@code .eml}): MIME parts, quoted-printable and base64 are decoded by Angus Mail;
 * the HTML part is read when there is one, else the plain text part.
 *
 * @param subject the Subject header, or ""
 * @param date    the Date header's day, or null
 * @param html    the HTML part's text, or null
 * @param text    the plain text part's text, or null
 */
record MailIssue(String subject, LocalDate date, String html, String text) {
    private static final Session SESSION = Session.getInstance(new Properties());

    static MailIssue read(byte[] bytes) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            Date sent = message.getSentDate();
            String[] found = new String[2];
            collect(message, found, 0);
            if (found[0] == null && found[1] == null) {
                throw new ClipRefused("the e-mail has no text or HTML part to clip");
            }
            return new MailIssue(message.getSubject() == null ? "" : message.getSubject().strip(),
                    sent == null ? null : LocalDate.ofInstant(sent.toInstant(), ZoneOffset.UTC),
                    found[0], found[1]);
        } catch (MessagingException | IOException e) {
            throw new ClipRefused("not a readable e-mail: " + e.getMessage(), e);
        }
    }

    /** Finds the first HTML ({@code found[0]}) and plain text ({@code found[1]}) part, attachments left aside. */
    private static void collect(Part part, String[] found, int depth) throws MessagingException, IOException {
        if (depth > 20 || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("text/html") && found[0] == null) {
            found[0] = text(part);
        } else if (part.isMimeType("text/plain") && found[1] == null) {
            found[1] = text(part);
        } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found, depth + 1);
            }
        } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part inner) {
            collect(inner, found, depth + 1);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        String s = content instanceof String string ? string : null;
        return s == null || s.isBlank() ? null : s;
    }
}
