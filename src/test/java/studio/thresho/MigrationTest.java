package studio.thresho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.testsupport.TestDatabase;

/**
 * All migrations apply on a brand-new database, and Hibernate validates every entity of the
 * application against the result. Runs without a Spring context so that it sees only the fresh
 * database (a second application context would also replace the global security strategy).
 */
class MigrationTest {

    private static final String LIGHTING = "00000000-0000-4000-8000-000000000105";

    private static DataSource database;
    private static MigrateResult migration;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrateAFreshDatabase() {
        database = TestDatabase.freshDataSource("thresho_fresh_" + UUID.randomUUID().toString().substring(0, 8));
        migration = Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(database);
    }

    @AfterAll
    static void dropIt() {
        jdbc.execute("DROP DATABASE " + jdbc.queryForObject("SELECT DATABASE()", String.class));
    }

    @Test
    void everyMigrationAppliesOnAFreshDatabase() {
        assertThat(migration.success).isTrue();
        assertThat(migration.migrationsExecuted).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("SHOW TABLES", String.class)).contains(
                "users", "projects", "user_preferences", "asset_categories", "asset_lineages", "assets_library",
                "asset_images", "talent_profiles", "environment_profiles", "lighting_profiles", "asset_usage",
                "asset_prompt_fragments", "lora_exports", "lora_models", "talent_wizard_sessions", "shot_lists",
                "shots", "generation_records", "brand_profiles");
    }

    /** V17 backfills a use's result keys with this path: one result must still come out as an array. */
    @Test
    void theResultKeysBackfillYieldsAnArrayForOneResultToo() {
        assertThat(jdbc.queryForObject("SELECT JSON_EXTRACT(?, '$[*].mediaKey')", String.class,
                "[{\"mediaKey\":\"abc\",\"seed\":1,\"video\":false}]")).isEqualTo("[\"abc\"]");
        assertThat(jdbc.queryForObject("SELECT JSON_EXTRACT(?, '$[*].mediaKey')", String.class,
                "[{\"mediaKey\":\"a\"},{\"mediaKey\":\"b\"}]")).isEqualTo("[\"a\", \"b\"]");
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'asset_usage'", String.class)).contains("result_keys");
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'talent_profiles'", String.class)).contains("role");
    }

    @Test
    void hibernateValidatesEveryEntityAgainstTheMigratedSchema() {
        Configuration hibernate = new Configuration();
        entityClasses().forEach(hibernate::addAnnotatedClass);
        hibernate.setPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy());
        hibernate.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, database);
        hibernate.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
        hibernate.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");

        try (SessionFactory validated = hibernate.buildSessionFactory()) {
            assertThat(validated.getMetamodel().getEntities()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theSevenSystemCategoriesAreSeeded() {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT name, slug, icon, is_system FROM asset_categories WHERE is_system ORDER BY sort_order");
        assertThat(rows).extracting(row -> row.get("name"))
                .containsExactly("Talent", "Environment", "Props", "Wardrobe", "Lighting", "Camera", "Style");
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("icon")).startsWith("vaadin:"));
    }

    @Test
    void theEightLightingPresetsAreGlobalAssetsWithFullProfiles() {
        List<Map<String, Object>> presets = jdbc.queryForList("""
                SELECT a.name, a.version, a.is_global, a.description, p.mood, p.key_light, p.fill_ambient,
                       p.color_temperature, p.shadow_type, l.active_version_id = a.id AS is_active
                FROM assets_library a
                JOIN asset_lineages l ON l.id = a.lineage_id
                JOIN lighting_profiles p ON p.asset_id = a.id
                WHERE a.category_id = ? ORDER BY a.name""", LIGHTING);

        assertThat(presets).extracting(row -> row.get("name")).containsExactlyInAnyOrder(
                "Golden Hour Soft", "Studio High Key", "Studio Low Key", "Natural Window", "Overcast Flat",
                "Neon Night", "Rembrandt", "Ring Light");
        assertThat(presets).allSatisfy(row -> {
            assertThat(row.get("version")).isEqualTo("1.0.0");
            assertThat(isTrue(row.get("is_global"))).as("is_global").isTrue();
            assertThat(isTrue(row.get("is_active"))).as("is the active version").isTrue();
            assertThat((String) row.get("description")).hasSizeGreaterThan(40);
            for (String column : List.of("mood", "key_light", "fill_ambient", "color_temperature", "shadow_type")) {
                assertThat(row.get(column)).as(column).isNotNull();
            }
        });
    }

    @Test
    void slugsAreUniquePerScopeIncludingTheGlobalLibrary() {
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO asset_lineages (id, category_id, project_id, slug) VALUES (?, ?, NULL, 'rembrandt')",
                UUID.randomUUID().toString(), LIGHTING))
                .isInstanceOf(DataIntegrityViolationException.class);

        String project = newProject();
        jdbc.update("INSERT INTO asset_lineages (id, category_id, project_id, slug) VALUES (?, ?, ?, 'rembrandt')",
                UUID.randomUUID().toString(), LIGHTING, project);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE slug = 'rembrandt'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void checksRefuseInvalidValues() {
        String lineage = "00000000-0000-4000-8000-000000000201";
        assertThatThrownBy(() -> insertVersion(lineage, "1.0.0", "[]"))
                .as("duplicate version of a lineage").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertVersion(lineage, "v2", "[]"))
                .as("version is not semantic").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertVersion(lineage, "2.0.0", "[not json"))
                .as("tags are not JSON").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("INSERT INTO users (id, username, display_name, password_hash, role) "
                + "VALUES (?, ?, 'X', 'x', 'OWNER')", UUID.randomUUID().toString(), "u" + UUID.randomUUID()))
                .as("unknown role").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingAProjectRemovesItsOwnLineagesButNotGlobalOnes() {
        String project = newProject();
        String lineage = UUID.randomUUID().toString();
        String version = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO asset_lineages (id, category_id, project_id, slug) VALUES (?, ?, ?, 'marcus')", lineage, LIGHTING, project);
        jdbc.update("INSERT INTO assets_library (id, lineage_id, category_id, project_id, name, slug) VALUES (?, ?, ?, ?, 'Marcus', 'marcus')",
                version, lineage, LIGHTING, project);
        jdbc.update("UPDATE asset_lineages SET active_version_id = ?, latest_version_id = ? WHERE id = ?", version, version, lineage);
        jdbc.update("INSERT INTO asset_images (id, asset_id, image_path, image_type, slot) VALUES (?, ?, 'abc', 'character_sheet', 'front_face')",
                UUID.randomUUID().toString(), version);

        jdbc.update("DELETE FROM projects WHERE id = ?", project);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE id = ?", Integer.class, lineage)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_images WHERE asset_id = ?", Integer.class, version)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages WHERE project_id IS NULL", Integer.class)).isEqualTo(8);
    }

    private static boolean isTrue(Object flag) {
        return Boolean.TRUE.equals(flag) || flag instanceof Number number && number.intValue() == 1;
    }

    private static List<Class<?>> entityClasses() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("studio.thresho").scan()) {
            return scan.getClassesWithAnnotation(Entity.class.getName()).loadClasses();
        }
    }

    private String newProject() {
        String id = UUID.randomUUID().toString();
        jdbc.update("INSERT INTO projects (id, name) VALUES (?, ?)", id, "Project " + id);
        return id;
    }

    private void insertVersion(String lineage, String version, String tags) {
        jdbc.update("INSERT INTO assets_library (id, lineage_id, category_id, name, slug, version, tags) VALUES (?, ?, ?, 'X', 'x', ?, ?)",
                UUID.randomUUID().toString(), lineage, LIGHTING, version, tags);
    }
}
