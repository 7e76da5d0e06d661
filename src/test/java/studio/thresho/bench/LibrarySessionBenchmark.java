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
 * {@code ./mvnw test -Pbench -Dtest=LibrarySessionBenchmark}: the server heap a library page holds
 * after three "Show more"s. {@value #ASSETS} assets (enough for four full pages of cards); the live
 * heap after a collection with the library open and scrolled, minus the live heap with a small page
 * (the profile) open in the same UI, the median of {@value #RUNS} runs after a warm-up. Appends to
 * target/bench-results.txt.
 */
class LibrarySessionBenchmark extends KaribuTest {

    static final int ASSETS = 250;
    static final int RUNS = 5;
    static final int SHOW_MORES = 3;
    static final long MAX_BYTES = 1_000_000;

    @Autowired
    AssetService assets;
    @Autowired
    CategoryService categories;

    private final String token = "kh" + UUID.randomUUID().toString().replace("-", "").substring(0, 7);

    @Test
    void sessionHeapAfterThreeShowMores() throws IOException {
        logins.loginAs(TestLogins.EDITOR);
        UUID props = categories.tree().stream().filter(node -> node.slug().equals("props")).findFirst().orElseThrow().id();
        IntStream.range(0, ASSETS).forEach(i -> assets.save(new AssetDraft(null, null, props,
                String.format("Prop %03d %s", i, token), null, true, null, List.of("bench"), Map.of())));
        openLibraryAndShowMore();

        long[] bytes = new long[RUNS];
        int components = 0;
        for (int run = 0; run < RUNS; run++) {
            UI.getCurrent().navigate("profile");
            long without = liveHeap();
            openLibraryAndShowMore();
            long with = liveHeap();
            bytes[run] = with - without;
            components = countOf(UI.getCurrent());
        }
        Arrays.sort(bytes);
        long median = bytes[RUNS / 2];
        List<String> report = new ArrayList<>();
        report.add(String.format("library session heap after %d Show more (%d assets): %.2f MB (runs %s), %d components",
                SHOW_MORES, ASSETS, median / 1e6, Arrays.toString(bytes), components));
        report.forEach(System.out::println);
        Files.write(Path.of("target", "bench-results.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertThat(median).isLessThanOrEqualTo(MAX_BYTES);
    }

    private void openLibraryAndShowMore() {
        UI.getCurrent().navigate("library", com.vaadin.flow.router.QueryParameters.fromString("sort=name&q=" + token));
        for (int i = 0; i < SHOW_MORES; i++) {
            _click(_get(Button.class, spec -> spec.withText("Show more")));
        }
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            ManagementFactory.getMemoryMXBean().gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static int countOf(Component component) {
        return 1 + component.getChildren().mapToInt(LibrarySessionBenchmark::countOf).sum();
    }
}
