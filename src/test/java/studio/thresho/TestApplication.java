package studio.thresho;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import studio.thresho.testsupport.EmbeddedMariaDb;

/**
 * {@code ./mvnw spring-boot:test-run}: the app with an embedded MariaDB and the demo content.
 * Data lives under ~/.thresho-studio/ (override with THRESHO_HOME) and survives restarts.
 */
public class TestApplication {

    public static void main(String[] args) {
        if (System.getenv("MEDIA_DIR") == null) {
            System.setProperty("thresho.media-dir", threshoHome().resolve("media").toString());
        }
        if (System.getenv("INDEX_DIR") == null) {
            System.setProperty("thresho.index-dir", threshoHome().resolve("index").toString());
        }
        SpringApplication.from(Application::main)
                .with(DemoDatabase.class)
                .withAdditionalProfiles("demo")
                .run(args);
    }

    static Path threshoHome() {
        String configured = System.getenv("THRESHO_HOME");
        return configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".thresho-studio")
                : Path.of(configured);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class DemoDatabase {

        @Bean(destroyMethod = "stopQuietly")
        EmbeddedMariaDb embeddedMariaDb() throws java.io.IOException {
            Path home = threshoHome();
            Path data = Files.createDirectories(home.resolve("mariadb/data"));
            return EmbeddedMariaDb.start(home.resolve("mariadb/base"), data, false);
        }

        @Bean
        DataSource dataSource(EmbeddedMariaDb db) {
            return DataSourceBuilder.create().url(db.jdbcUrl("thresho")).username("root").password("").build();
        }

    }
}
