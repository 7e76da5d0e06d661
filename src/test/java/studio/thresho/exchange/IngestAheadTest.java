package studio.thresho.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.base.UserFacingException;

/** The images of the next assets are ingested on the pool, ahead of the importing thread, within a window. */
class IngestAheadTest {

    private static List<PlannedAsset> assets(int count) {
        List<PlannedAsset> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            planned.add(new PlannedAsset("Talent/A" + i, "A" + i, null, "Talent", List.of(), List.of(), Map.of(), null, false));
        }
        return planned;
    }

    private static List<ImageDraft> imagesOf(PlannedAsset asset) {
        return List.of(new ImageDraft(asset.name(), ImageType.HEADSHOT, null, null));
    }

    @Test
    void theNextAssetsAreIngestedOnTwoThreadsAtOnceAndHandedOutInOrder() throws Exception {
        List<PlannedAsset> planned = assets(6);
        CountDownLatch bothRunning = new CountDownLatch(2);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (IngestAhead ahead = new IngestAhead(planned, 2, asset -> true, asset -> {
            threads.add(Thread.currentThread().getName());
            bothRunning.countDown();
            await(bothRunning);
            return imagesOf(asset);
        })) {
            for (int i = 0; i < planned.size(); i++) {
                assertThat(ahead.images(i)).extracting(ImageDraft::mediaKey).containsExactly("A" + i);
            }
        }
        assertThat(threads).hasSize(2).allSatisfy(name -> assertThat(name).startsWith("import-ingest-"));
    }

    @Test
    void noMoreThanTheWindowRunsAheadAndAssetsNotWorthItAreIngestedInTurn() {
        List<PlannedAsset> planned = assets(20);
        AtomicInteger ingested = new AtomicInteger();
        try (IngestAhead ahead = new IngestAhead(planned, 2, asset -> !asset.name().equals("A1"), asset -> {
            ingested.incrementAndGet();
            return imagesOf(asset);
        })) {
            ahead.images(0);
            assertThat(ingested.get()).isLessThanOrEqualTo(2 * IngestAhead.AHEAD_PER_THREAD);
            assertThat(ahead.images(1)).extracting(ImageDraft::mediaKey).containsExactly("A1");
        }
    }

    @Test
    void aRefusedImageFailsOnlyItsOwnAsset() {
        List<PlannedAsset> planned = assets(3);
        try (IngestAhead ahead = new IngestAhead(planned, 2, asset -> true, asset -> {
            if (asset.name().equals("A1")) {
                throw new UserFacingException("A1.jpg: not an image");
            }
            return imagesOf(asset);
        })) {
            assertThat(ahead.images(0)).hasSize(1);
            assertThatThrownBy(() -> ahead.images(1)).isInstanceOf(UserFacingException.class).hasMessage("A1.jpg: not an image");
            assertThat(ahead.images(2)).hasSize(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other ingest never ran alongside");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
