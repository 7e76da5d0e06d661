package studio.thresho.exchange;

import java.nio.file.Path;

/** ZIP files for tests outside this package: path, bytes, path, bytes... */
public final class TestZipFiles {

    private TestZipFiles() {
    }

    public static Path of(Object... pathsAndBytes) {
        TestZips zip = TestZips.zip();
        for (int i = 0; i < pathsAndBytes.length; i += 2) {
            zip.with((String) pathsAndBytes[i], (byte[]) pathsAndBytes[i + 1]);
        }
        return zip.write();
    }
}
