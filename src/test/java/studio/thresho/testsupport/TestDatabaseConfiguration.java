package studio.thresho.testsupport;

import org.springframework.context.annotation.Bean;

/**
 * Points the application context at {@link TestDatabase}. Imported by {@link IntegrationTest};
 * deliberately not a scanned configuration, so the demo run never picks it up.
 */
public class TestDatabaseConfiguration {

    @Bean
    FlakyDataSource dataSource() {
        return new FlakyDataSource(TestDatabase.dataSource());
    }
}
