package studio.thresho.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import studio.thresho.security.SystemAuthentication;

/**
 * Serves a shared image to anyone holding a valid link, re-encoded without its EXIF/GPS data, and a
 * shared file (an uploaded LoRA) as it was stored; an expired or revoked link is simply not found.
 */
@RestController
class ShareController {

    private final ShareLinkService links;
    private final MediaService media;

    ShareController(ShareLinkService links, MediaService media) {
        this.links = links;
        this.media = media;
    }

    @GetMapping(ShareLinkService.FILE_PATH_PREFIX + "{token}")
    ResponseEntity<?> serveFile(@PathVariable String token) throws IOException {
        var shared = links.resolveFile(token);
        if (shared.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var content = SystemAuthentication.runAsSystem(() -> {
            try {
                return media.open(shared.get().mediaKey(), MediaVariant.ORIGINAL);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String name = shared.get().fileName().isEmpty() ? shared.get().mediaKey() : shared.get().fileName();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(content.get().sizeBytes())
                .body(new InputStreamResource(content.get().bytes()));
    }

    @GetMapping(ShareLinkService.IMAGE_PATH_PREFIX + "{token}")
    ResponseEntity<?> serve(@PathVariable String token) throws IOException {
        var key = links.resolve(token);
        if (key.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var content = SystemAuthentication.runAsSystem(() -> {
            try {
                return media.openWithoutMetadata(key.get());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        MediaContent file = content.get();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .contentLength(file.sizeBytes())
                .body(new InputStreamResource(file.bytes()));
    }
}
