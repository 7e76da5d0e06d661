package studio.thresho.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

/**
 * {@code ./mvnw test -Pbench -Dtest=LibrarySessionBenchmark}: the server heap three "Show more"s add
 * to an open library of {@value #ASSETS} assets (enough for four full pages of cards): the live heap
 * (class histogram, after a full collection) after them minus right after opening the library, the
 * median of {@value #RUNS} runs after a warm-up. Also reports the live heap with the library open
 * minus with a small page (the profile) open, and which classes hold it. Then the figure for the issue:
 * the session's own object graph ({@link SessionGraph}: the UI and its VaadinSession without shared
 * objects) opened and after the Show mores, one card's share, and the same graph as Karibu leaves it
 * (the UI's changes never collected). Appends to target/bench-results.txt. Asserts the target: the
 * whole session graph after the Show mores (each request answered) at most {@value #MAX_BYTES} bytes.
 */
class LibrarySessionBenchmark extends KaribuTest {

    static final int ASSETS = 250;
    static final int RUNS = 5;
    static final int SHOW_MORES = 3;
    static final long MAX_BYTES = 1_000_000;
    static final int TOP_CLASSES = 12;

    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;

    private final String token = "kh" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);
    /** The session graph after the Show mores, each request answered: the figure the issue asks to keep under {@link #MAX_BYTES}. */
    private long sessionAfterShowMores;

    @Test
    void sessionHeapAfterThreeShowMores() throws IOException {
        logins.loginAs(TestLogins.EDITOR);
        UUID props = categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow().id();
        IntStream.range(0, ASSETS).forEach(i -> assets.save(new AssetDraft(null, null, props,
                String.format("Prop %03d %s", i, token), null, true, null, List.of("bench"), Map.of())));
        List<String> sessionReport = sessionGraphs();
        openLibraryAndShowMore();

        long[] library = new long[RUNS];
        long[] showMores = new long[RUNS];
        int openedComponents = 0;
        int components = 0;
        Map<String, Long> grown = Map.of();
        for (int run = 0; run < RUNS; run++) {
            UI.getCurrent().navigate("profile");
            Map<String, Long> without = liveObjects();
            openLibrary();
            openedComponents = countOf(UI.getCurrent());
            Map<String, Long> opened = liveObjects();
            showMore();
            Map<String, Long> with = liveObjects();
            library[run] = total(with) - total(without);
            showMores[run] = total(with) - total(opened);
            components = countOf(UI.getCurrent());
            grown = with.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                    entry -> entry.getValue() - without.getOrDefault(entry.getKey(), 0L)));
        }
        Arrays.sort(library);
        Arrays.sort(showMores);
        long median = showMores[RUNS / 2];
        List<String> report = new ArrayList<>();
        report.add(String.format("library: %d Show more (%d assets) added %.2f MB of live heap (runs %s; target %.0f MB: %s); "
                + "components %d -> %d", SHOW_MORES, ASSETS, median / 1e6, Arrays.toString(showMores), MAX_BYTES / 1e6,
                median <= MAX_BYTES ? "met" : "not met", openedComponents, components));
        report.add(String.format("  live heap with the library (after the Show mores) minus with the profile page: %.2f MB (runs %s)",
                library[RUNS / 2] / 1e6, Arrays.toString(library)));
        // where the bytes are, for whoever looks at this figure next
        grown.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_CLASSES)
                .forEach(entry -> report.add(String.format("  %,12d bytes  %s", entry.getValue(), entry.getKey())));
        report.addAll(sessionReport);
        report.forEach(System.out::println);
        Files.write(Path.of("target", "bench-results.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        // the live heap figure is reported, not asserted (see the README); LibraryCardWindowTest holds the grid to two pages
        assertThat(components).isPositive();
        assertThat(sessionAfterShowMores).as("the session graph after %d Show mores, each request answered", SHOW_MORES)
                .isLessThanOrEqualTo(MAX_BYTES);
    }

    /**
     * The session's own graph (the UI and its VaadinSession, shared objects left out: {@link SessionGraph})
     * after opening the library and after three Show mores: first with each request answered as a
     * browser's would be (the figure for the issue), then as Karibu leaves its UI (changes never collected).
     */
    private List<String> sessionGraphs() {
        SessionGraph graph = new SessionGraph(context);
        SessionGraph.respond();
        openLibrary();
        SessionGraph.respond();
        RetainedSize.Graph opened = graph.measure();
        for (int i = 0; i < SHOW_MORES; i++) {
            _click(_get(Button.class, spec -> spec.withText("Show more")));
            SessionGraph.respond();
        }
        RetainedSize.Graph after = graph.measure();
        sessionAfterShowMores = after.bytes();
        List<String> cardLines = cardShare(graph);
        UI.getCurrent().navigate("profile");
        SessionGraph.respond();
        openLibrary();
        RetainedSize.Graph rawOpened = graph.measure();
        showMore();
        RetainedSize.Graph rawAfter = graph.measure();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  session graph (UI + VaadinSession, shared objects excluded, shallow sizes by JOL), %d Show more, %d cards held:",
                SHOW_MORES, cardsIn(UI.getCurrent())));
        lines.addAll(SessionGraph.report("each request answered (changes collected)", opened, after, MAX_BYTES, TOP_CLASSES));
        lines.addAll(cardLines);
        lines.addAll(SessionGraph.report("as Karibu leaves it (changes never collected)", rawOpened, rawAfter, MAX_BYTES, TOP_CLASSES));
        return lines;
    }

    /** What one card holds (the median of the cards shown), and its largest classes. */
    private static List<String> cardShare(SessionGraph graph) {
        List<Component> cards = new ArrayList<>();
        collectCards(UI.getCurrent(), cards);
        Map<Component, RetainedSize.Graph> byCard = new java.util.IdentityHashMap<>();
        cards.forEach(card -> byCard.put(card, graph.measure(card)));
        cards.sort(java.util.Comparator.comparingLong(card -> byCard.get(card).bytes()));
        List<RetainedSize.Graph> shares = cards.stream().map(byCard::get).toList();
        RetainedSize.Graph median = shares.get(shares.size() / 2);
        List<String> lines = new ArrayList<>();
        lines.add(String.format("    one card's own graph (median of %d; ancestors, UI, session and state tree left out): %,d bytes, "
                + "%,d objects, %d components (smallest %,d, largest %,d bytes); its largest classes:", shares.size(),
                median.bytes(), median.objects(), countOf(cards.get(shares.size() / 2)), shares.get(0).bytes(),
                shares.get(shares.size() - 1).bytes()));
        Component card = cards.get(shares.size() / 2);
        List<com.vaadin.flow.component.popover.Popover> previews =
                com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.popover.Popover.class);
        previews.stream().filter(each -> each.getTarget() == card).findFirst()
                .map(popover -> graph.measure(popover, card, card.getElement(), card.getElement().getNode()))
                .ifPresentOrElse(preview -> lines.add(String.format("    of which its hover preview (a Popover, content made "
                        + "on first open): %,d bytes, %,d objects", preview.bytes(), preview.objects())),
                        () -> previews.forEach(shared -> {
                            RetainedSize.Graph preview = graph.measure(shared);
                            lines.add(String.format("    no hover preview of its own: the grid's one (a Popover for all %d cards, content "
                                    + "made when it opens) is %,d bytes, %,d objects", shares.size(), preview.bytes(), preview.objects()));
                        }));
        median.bytesByClass().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_CLASSES)
                .forEach(entry -> lines.add(String.format("    %,12d %,6d  %s", entry.getValue(),
                        median.objectsByClass().get(entry.getKey()), entry.getKey())));
        return lines;
    }

    private static void collectCards(Component component, List<Component> cards) {
        if (component.getClass().getSimpleName().equals("AssetCard")) {
            cards.add(component);
        }
        component.getChildren().forEach(child -> collectCards(child, cards));
    }

    private void openLibraryAndShowMore() {
        openLibrary();
        showMore();
    }

    private void openLibrary() {
        UI.getCurrent().navigate("library", com.vaadin.flow.router.QueryParameters.fromString("sort=name&q=" + token));
    }

    private static long total(Map<String, Long> bytes) {
        return bytes.values().stream().mapToLong(Long::longValue).sum();
    }

    private void showMore() {
        for (int i = 0; i < SHOW_MORES; i++) {
            _click(_get(Button.class, spec -> spec.withText("Show more")));
        }
    }

    /** Bytes of live objects by class, from the JVM's class histogram (taken after a full collection). */
    private static Map<String, Long> liveObjects() {
        // Lucene's query cache is shared by every search and bounded (32 MB): not the session's
        if (org.apache.lucene.search.IndexSearcher.getDefaultQueryCache() instanceof org.apache.lucene.search.LRUQueryCache cache) {
            cache.clear();
        }
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            Map<String, Long> bytes = new java.util.HashMap<>();
            for (String line : histogram.split("\n")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 4 && columns[0].endsWith(":")) {
                    bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
                }
            }
            return bytes;
        } catch (javax.management.JMException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static int cardsIn(Component component) {
        return (component.getClass().getSimpleName().equals("AssetCard") ? 1 : 0)
                + component.getChildren().mapToInt(LibrarySessionBenchmark::cardsIn).sum();
    }

    private static int countOf(Component component) {
        return 1 + component.getChildren().mapToInt(LibrarySessionBenchmark::countOf).sum();
    }
}
