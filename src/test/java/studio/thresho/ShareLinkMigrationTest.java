package studio.thresho;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.testsupport.TestDatabase;

/** Links made before tokens were hashed keep working: the migration stores their hash in place of the token. */
class ShareLinkMigrationTest {

    @Test
    void existingLinksAreHashedAndKeepTheirTarget() {
        DataSource database = TestDatabase.freshDataSource("thresho_share_" + UUID.randomUUID().toString().substring(0, 8));
        JdbcTemplate jdbc = new JdbcTemplate(database);
        try {
            MigrationInfo[] all = Flyway.configure().dataSource(database).locations("classpath:db/migration").load().info().all();
            int hashing = Arrays.stream(all).map(MigrationInfo::getScript).toList().indexOf(
                    Arrays.stream(all).map(MigrationInfo::getScript).filter(script -> script.contains("share_links_controlled")).findFirst()
                            .orElseThrow());
            MigrationVersion before = all[hashing - 1].getVersion();
            Flyway.configure().dataSource(database).locations("classpath:db/migration").target(before).load().migrate();
            String token = "A".repeat(40) + "xyz";
            jdbc.update("INSERT INTO share_links (token, media_key, expires_at) VALUES (?, ?, '2099-01-01 00:00:00')", token, "a".repeat(64));

            Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

            assertThat(jdbc.queryForList("SELECT media_key FROM share_links WHERE token_hash = SHA2(?, 256) AND scope = 'IMAGE'",
                    String.class, token)).containsExactly("a".repeat(64));
        } finally {
            jdbc.execute("DROP DATABASE " + jdbc.queryForObject("SELECT DATABASE()", String.class));
        }
    }
}
