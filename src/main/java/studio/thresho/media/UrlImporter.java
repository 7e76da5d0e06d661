package studio.thresho.media;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;

/**
 * Imports an image from a web address someone pasted: downloaded through the SSRF-safe
 * {@link UrlFetcher} (nothing inside the studio's network, {@link MediaLimits#MAX_FILE_BYTES} at
 * most while streaming, {@code thresho.import.url-timeout} in total), then the ingest checks. Every
 * refusal says what was wrong in words for the person who pasted the address.
 */
@Service
public class UrlImporter {

    /** How much of a body is looked at to tell a web page from an image. */
    private static final int SNIFF_BYTES = 1024;

    private final UrlFetcher fetcher;
    private final MediaService media;

    @Autowired
    UrlImporter(HostResolver resolver, MediaService media, @Value("${thresho.fetch.connect-timeout:10s}") Duration connectTimeout,
                @Value("${thresho.import.url-timeout:20s}") Duration totalTimeout,
                @Value("${thresho.fetch.allow-loopback:false}") boolean loopbackAllowed) {
        this(new UrlFetcher(resolver, connectTimeout, totalTimeout, loopbackAllowed), media);
    }

    /** With a fetcher of the caller's (tests reach their stub server on loopback). */
    public UrlImporter(UrlFetcher fetcher, MediaService media) {
        this.fetcher = fetcher;
        this.media = media;
    }

    /**
     * Downloads and ingests the image at the address.
     *
     * @throws UserFacingException with the reason, when the address, the download or the file is not acceptable
     */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public StoredMedia importImage(String url) {
        byte[] body = download(url);
        refuseMarkup(body);
        return media.ingest(fileName(url), body);
    }

    /** Whether pasted text looks like a web address worth trying (the fetcher still decides). */
    public static boolean looksLikeUrl(String text) {
        String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return (trimmed.startsWith("http://") || trimmed.startsWith("https://")) && !trimmed.contains(" ") && trimmed.length() > 8;
    }

    private byte[] download(String url) {
        try {
            return fetcher.fetch(url, MediaLimits.MAX_FILE_BYTES, List.of());
        } catch (FetchStatusException status) {
            throw new UserFacingException("The server answered " + status.status() + describe(status.status())
                    + " for that address; nothing was imported.");
        } catch (UncheckedIOException unreachable) {
            throw new UserFacingException("The address could not be reached (" + host(url) + "); check it and try again.");
        }
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> " (not allowed: the image may need a sign-in)";
            case 404, 410 -> " (not found)";
            default -> status >= 500 ? " (a server error)" : "";
        };
    }

    /** Web pages and SVG are text: the ingest would call them "not an image", which does not say what went wrong. */
    static void refuseMarkup(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.UTF_8).strip()
                .replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html") || start.contains("<body")) {
            throw new MediaRejectedException("That page is HTML, not an image: open the image on its own (right-click it, "
                    + "Copy image address) and paste that address.");
        }
        if (start.startsWith("<svg") || start.startsWith("<?xml")) {
            throw new MediaRejectedException("That address gives an SVG or XML file; images are imported as JPEG, PNG, WebP or GIF.");
        }
    }

    private static String fileName(String url) {
        try {
            String path = new URI(url.trim()).getPath();
            String last = path == null ? "" : path.replaceAll(".*/", "");
            return last.isBlank() ? "imported-image" : last;
        } catch (Exception garbled) {
            return "imported-image";
        }
    }

    private static String host(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            return host == null ? url : host;
        } catch (Exception garbled) {
            return url;
        }
    }
}
