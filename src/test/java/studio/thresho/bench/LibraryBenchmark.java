package studio.thresho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.search.AssetDocument;
import studio.thresho.asset.search.SearchIndex;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/**
 * {@code ./mvnw test -Pbench}: a library of {@code bench.lineages} asset lineages (100,000 unless
 * {@code -Dbench.lineages=1000000}; inserted in batches, images shared among them), indexed, then timed:
 * a text search, a filtered page of 100 cards, sorting by usage, opening a detail view, and saving an
 * edit of a seeded asset as the editor. Prints p50/p95/max and writes target/bench-results.txt.
 */
@IntegrationTest
class LibraryBenchmark {

    static final int LINEAGES = Integer.getInteger("bench.lineages", 100_000);
    static final int MAX_SETTLE_SECONDS = 300;
    static final int RUNS = 200;
    private static final int BATCH = 2_000;
    private static final String[] WORDS = ("barber stylist chef dancer rooftop alley studio loft diner garage neon golden rustic "
            + "vintage chrome leather denim silk walnut brick marble concrete velvet copper linen canvas").split(" ");
    private static final String[] NAMES = ("Marcus Sofia James Elena Omar Priya Lucas Mei Diego Ana Kofi Yara Noah Ines Theo "
            + "Lena Ravi Chloe Mateo Ada").split(" ");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    AssetSearchService search;
    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;

    @Test
    void libraryOfBenchSize() throws IOException {
        Random random = new Random(42);
        UUID project = workspace.editorInNewProject("Bench").id();
        List<UUID> categories = List.of(workspace.category("talent"), workspace.category("environment"), workspace.category("props"));
        List<UUID> lineageIds = new ArrayList<>();
        List<AssetDocument> documents = new ArrayList<>();
        long seedStart = System.nanoTime();
        seed(random, project, categories, lineageIds, documents);
        long seeded = System.nanoTime();
        index.rebuild(documents, "bench");
        long indexed = System.nanoTime();
        double settled = settle();

        List<String> report = new ArrayList<>();
        String loadBefore = loadAverage();
        report.add(String.format("Library benchmark: %,d lineages on this machine (%d cores)", LINEAGES, Runtime.getRuntime().availableProcessors()));
        report.add(String.format("seeding %.1f s, indexing %.1f s, InnoDB settling %.1f s, InnoDB buffer pool %d MB",
                (seeded - seedStart) / 1e9, (indexed - seeded) / 1e9, settled,
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) >> 20));
        Set<String> scopes = Set.of(SearchQuery.GLOBAL_SCOPE, project.toString());
        report.add(measure("search query (text, 50 cards)", random, r -> search.search(new SearchQuery(
                NAMES[r.nextInt(NAMES.length)].substring(0, 3) + " " + WORDS[r.nextInt(WORDS.length)], scopes, null, List.of(), false,
                null, null, null, SearchSort.RELEVANCE, 0, 50))));
        report.add(measure("filtered page (category + tag, 100 cards)", random, r -> search.search(new SearchQuery(null, scopes,
                categories.get(r.nextInt(categories.size())), List.of(WORDS[r.nextInt(WORDS.length)]), false, null, null, null,
                SearchSort.NAME, r.nextInt(10) * 100, 100))));
        report.add(measure("list sorted by usage (100 rows)", random, r -> search.search(new SearchQuery(null, scopes, null, List.of(),
                false, null, null, null, SearchSort.USAGE, r.nextInt(20) * 100, 100))));
        report.add(measure("  index only: search query", random, r -> index.search(new SearchQuery(
                NAMES[r.nextInt(NAMES.length)].substring(0, 3) + " " + WORDS[r.nextInt(WORDS.length)], scopes, null, List.of(), false,
                null, null, null, SearchSort.RELEVANCE, 0, 50))));
        report.add(measure("  index only: filtered page", random, r -> index.search(new SearchQuery(null, scopes,
                categories.get(r.nextInt(categories.size())), List.of(WORDS[r.nextInt(WORDS.length)]), false, null, null, null,
                SearchSort.NAME, r.nextInt(10) * 100, 100))));
        report.add(measure("  index only: sorted by usage", random, r -> index.search(new SearchQuery(null, scopes, null, List.of(),
                false, null, null, null, SearchSort.USAGE, r.nextInt(20) * 100, 100))));
        report.add(measure("detail view (asset with profile and images)", random,
                r -> assets.get(lineageIds.get(r.nextInt(lineageIds.size())))));
        // what a save's re-index costs on its own: the document replaced and searchable (committed in the background)
        report.add(measure("  index only: re-index one asset", random,
                r -> index.update(List.of(documents.get(r.nextInt(documents.size()))), List.of(), "bench")));
        report.add(measureSaves(random, lineageIds));
        report.add("load average (1, 5, 15 min) before timing: " + loadBefore + ", after: " + loadAverage());
        report.forEach(System.out::println);
        Files.write(Path.of("target", "bench-results.txt"), report);
        assertThat(search.search(SearchQuery.text("marc")).total()).isPositive();
    }

    /**
     * Waits (at most {@value #MAX_SETTLE_SECONDS} s) until InnoDB has written the seed's dirty pages and
     * purged its undo log: right after a bulk insert of a million rows it does so for minutes in the
     * background, on the same two cores as the timed requests, which a library in use does not.
     * Returns the seconds it took.
     */
    private double settle() throws IOException {
        long start = System.nanoTime();
        String maxDirty = jdbc.queryForObject("SELECT @@innodb_max_dirty_pages_pct", String.class);
        jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
        try {
            long deadline = start + java.util.concurrent.TimeUnit.SECONDS.toNanos(MAX_SETTLE_SECONDS);
            while (System.nanoTime() < deadline && (status("Innodb_buffer_pool_pages_dirty") > 100 || historyLength() > 1_000)) {
                sleep();
            }
        } finally {
            jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + maxDirty);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private long status(String name) {
        return jdbc.query("SHOW GLOBAL STATUS LIKE '" + name + "'", (rs, row) -> rs.getLong(2)).stream().findFirst().orElse(0L);
    }

    private long historyLength() {
        return jdbc.query("SELECT count FROM information_schema.INNODB_METRICS WHERE name = 'trx_rseg_history_len'",
                (rs, row) -> rs.getLong(1)).stream().findFirst().orElse(0L);
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while InnoDB settled", interrupted);
        }
    }

    private String measure(String name, Random random, Consumer<Random> operation) {
        SystemAuthentication.runAsSystem(() -> {
            for (int i = 0; i < 20; i++) {
                operation.accept(random);
            }
        });
        long[] millis = new long[RUNS];
        SystemAuthentication.runAsSystem(() -> {
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                operation.accept(random);
                millis[i] = (System.nanoTime() - start) / 1_000;
            }
        });
        return format(name, millis);
    }

    /**
     * A user's edit, as the signed-in editor: the latest version of a random seeded asset loaded (not timed), its
     * description changed, and {@link AssetService#save(AssetDraft)} timed: the new version written under the lineage
     * lock, committed, then the asset re-indexed and the index's data version recorded (after commit, same thread).
     */
    private String measureSaves(Random random, List<UUID> lineageIds) {
        long[] millis = new long[RUNS];
        for (int i = -20; i < RUNS; i++) {
            AssetDetail latest = assets.latest(lineageIds.get(random.nextInt(lineageIds.size())));
            Map<String, Object> values = new HashMap<>(latest.values());
            values.put("description", "Edited in the bench, run " + i);
            AssetDraft edit = new AssetDraft(latest.lineageId(), latest.lockVersion(), latest.categoryId(), latest.name(), latest.slug(),
                    latest.global(), latest.source(), latest.tags(), values);
            long start = System.nanoTime();
            AssetDetail saved = assets.save(edit);
            long took = (System.nanoTime() - start) / 1_000;
            assertThat(saved.versionId()).isNotEqualTo(latest.versionId());
            if (i >= 0) {
                millis[i] = took;
            }
        }
        return format("asset save (new version of a seeded asset)", millis);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static String format(String name, long[] micros) {
        Arrays.sort(micros);
        return String.format("%-45s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms", name, micros[RUNS / 2] / 1000.0,
                micros[RUNS * 95 / 100] / 1000.0, micros[RUNS - 1] / 1000.0);
    }

    private void seed(Random random, UUID project, List<UUID> categories, List<UUID> lineageIds, List<AssetDocument> documents) {
        String[] mediaKeys = new String[50];
        for (int i = 0; i < mediaKeys.length; i++) {
            mediaKeys[i] = String.format("%064x", i + 1);
        }
        List<Object[]> lineages = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<Object[]> images = new ArrayList<>();
        for (int i = 0; i < LINEAGES; i++) {
            UUID lineage = UUID.randomUUID();
            UUID version = UUID.randomUUID();
            UUID category = categories.get(i % categories.size());
            boolean global = i % 4 == 0;
            String name = NAMES[random.nextInt(NAMES.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i;
            String slug = "bench-" + i;
            List<String> tags = List.of(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
            String description = "A " + WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " reference";
            int usage = random.nextInt(500);
            String projectId = global ? null : project.toString();
            lineages.add(new Object[] {lineage.toString(), category.toString(), projectId, slug, usage});
            versions.add(new Object[] {version.toString(), lineage.toString(), category.toString(), projectId, name, slug, description,
                    mediaKeys[i % mediaKeys.length], attributes(i % categories.size(), WORDS[random.nextInt(WORDS.length)]),
                    "[\"" + tags.get(0) + "\",\"" + tags.get(1) + "\"]"});
            images.add(new Object[] {UUID.randomUUID().toString(), version.toString(), mediaKeys[i % mediaKeys.length]});
            lineageIds.add(lineage);
            documents.add(new AssetDocument(lineage, name, description, tags, "material", List.of(category), "Category " + (i % categories.size()),
                    global ? SearchQuery.GLOBAL_SCOPE : project.toString(), List.of(), null, Instant.now().minusSeconds(i), null, usage, false));
            if (lineages.size() == BATCH) {
                flush(lineages, versions, images);
            }
        }
        flush(lineages, versions, images);
        jdbc.update("""
                UPDATE asset_lineages l JOIN assets_library a ON a.lineage_id = l.id
                SET l.active_version_id = a.id, l.latest_version_id = a.id WHERE l.slug LIKE 'bench-%'""");
    }

    /** Only props have a material field: an attribute outside its category's schema would make the asset unsaveable. */
    private static String attributes(int categoryIndex, String material) {
        return categoryIndex == 2 ? "{\"material\":\"" + material + "\"}" : "{}";
    }

    private void flush(List<Object[]> lineages, List<Object[]> versions, List<Object[]> images) {
        jdbc.batchUpdate("INSERT INTO asset_lineages (id, category_id, project_id, slug, usage_count) VALUES (?, ?, ?, ?, ?)", lineages);
        jdbc.batchUpdate("""
                INSERT INTO assets_library (id, lineage_id, category_id, project_id, name, slug, description, primary_image_path,
                                            attributes, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", versions);
        jdbc.batchUpdate("INSERT INTO asset_images (id, asset_id, image_path, image_type) VALUES (?, ?, ?, 'reference')", images);
        lineages.clear();
        versions.clear();
        images.clear();
    }
}
