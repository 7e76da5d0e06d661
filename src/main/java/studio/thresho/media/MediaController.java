package studio.thresho.media;

import java.io.IOException;
import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored files to signed-in users (Spring Security requires a login for every path). A file
 * never changes under its key, so responses may be cached for a year and revalidated by ETag.
 */
@RestController
class MediaController {

    static final String PATH_PREFIX = "/media/";
    private static final Duration CACHE_FOR = Duration.ofDays(365);

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping(PATH_PREFIX + "{key}/{variant}")
    ResponseEntity<?> serve(@PathVariable String key, @PathVariable String variant,
                            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) throws IOException {
        MediaVariant which = MediaVariant.ofPathSegment(variant).orElse(null);
        if (which == null) {
            return ResponseEntity.notFound().build();
        }
        var content = media.open(key, which);
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        MediaContent file = content.get();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (file.etag().equals(ifNoneMatch)) {
            file.bytes().close();
            response = ResponseEntity.status(HttpStatus.NOT_MODIFIED);
            return withHeaders(response, file).build();
        }
        return withHeaders(response, file)
                .contentType(MediaType.parseMediaType(file.mimeType()))
                .contentLength(file.sizeBytes())
                .body(new InputStreamResource(file.bytes()));
    }

    private static ResponseEntity.BodyBuilder withHeaders(ResponseEntity.BodyBuilder response, MediaContent file) {
        return response.eTag(file.etag())
                .cacheControl(CacheControl.maxAge(CACHE_FOR).cachePrivate().immutable())
                .header("X-Content-Type-Options", "nosniff");
    }
}
