package studio.thresho.provider.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578) of text fields and files. */
public final class MultipartForm {

    private static final String CRLF = "\r\n";

    private final String boundary = "thresho-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public MultipartForm field(String name, Object value) {
        part("Content-Disposition: form-data; name=\"" + name + "\"" + CRLF + CRLF);
        body.writeBytes(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public MultipartForm file(String name, String filename, String contentType, byte[] bytes) {
        part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"" + CRLF
                + "Content-Type: " + contentType + CRLF + CRLF);
        body.writeBytes(bytes);
        return this;
    }

    public String boundary() {
        return boundary;
    }

    /** The body with its closing delimiter. */
    public byte[] bytes() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        complete.writeBytes(body.toByteArray());
        complete.writeBytes((CRLF + "--" + boundary + "--" + CRLF).getBytes(StandardCharsets.US_ASCII));
        return complete.toByteArray();
    }

    private void part(String headers) {
        // the CRLF before a delimiter belongs to the delimiter, not to the previous part's content
        if (body.size() > 0) {
            body.writeBytes(CRLF.getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + CRLF + headers).getBytes(StandardCharsets.UTF_8));
    }
}
