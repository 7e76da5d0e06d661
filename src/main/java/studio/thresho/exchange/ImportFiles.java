package studio.thresho.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import studio.thresho.base.UserFacingException;

/** The files of a ZIP or a chosen folder, with clean relative paths; reading one never goes past the limits. */
public interface ImportFiles extends Closeable {

    /** One regular file: its clean relative path and the size it announces. */
    record ImportFile(String path, long size) {
    }

    List<ImportFile> files();

    /**
     * The bytes of one file.
     *
     * @param limit the most bytes accepted; more refuses the file
     * @throws UserFacingException when the file is larger than the limit ({@link ImportRefusedException} when the whole import breaks one)
     */
    byte[] read(ImportFile file, long limit) throws IOException;

    /**
     * Reads every file once to prove it whole, before anything is imported.
     *
     * @throws ImportRefusedException when a file is damaged
     */
    default void verify() {
    }

    @Override
    void close() throws IOException;

    /** Reads a stream up to the limit; one byte more refuses it. */
    static byte[] readAtMost(InputStream in, long limit, String path) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new UserFacingException(path + " is larger than the limit of " + limit / (1024 * 1024) + " MB.");
        }
        return bytes;
    }
}
