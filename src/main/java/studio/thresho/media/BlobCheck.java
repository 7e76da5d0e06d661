package studio.thresho.media;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;

/**
 * A check of a streamed file before it is kept: it reads the whole received file and throws
 * {@link MediaRejectedException} with the reason when the file is not what it claims to be.
 */
@FunctionalInterface
public interface BlobCheck {

    void check(SeekableByteChannel file, long size) throws IOException;
}
