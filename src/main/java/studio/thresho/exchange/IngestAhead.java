package studio.thresho.exchange;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.base.UserFacingException;

/**
 * Ingests the images of the next assets of an import on a few threads while the importing thread
 * saves the ones before them, so decoding runs on every core and overlaps the database work. It
 * runs at most {@link #AHEAD_PER_THREAD} assets per thread ahead of the one being saved, and each
 * decode still waits for a media decode slot, so the server-wide decode limit holds. The threads
 * act as the importing user.
 */
final class IngestAhead implements AutoCloseable {

    static final int AHEAD_PER_THREAD = 2;
    private static final long STOP_WAIT_SECONDS = 60;

    private final List<PlannedAsset> assets;
    private final Predicate<PlannedAsset> worthIngesting;
    private final Function<PlannedAsset, List<ImageDraft>> ingest;
    private final ExecutorService pool;
    private final int window;
    private final Map<PlannedAsset, Future<List<ImageDraft>>> started = new IdentityHashMap<>();
    private int nextToStart;

    IngestAhead(List<PlannedAsset> assets, int threads, Predicate<PlannedAsset> worthIngesting,
                Function<PlannedAsset, List<ImageDraft>> ingest) {
        this.assets = assets;
        this.worthIngesting = worthIngesting;
        this.ingest = ingest;
        this.pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("import-ingest-", 0).daemon(true).factory()));
        this.window = threads * AHEAD_PER_THREAD;
    }

    /**
     * The ingested images of the asset at {@code position}, started earlier or now.
     *
     * @throws UserFacingException when one of its images is refused
     */
    List<ImageDraft> images(int position) {
        startUpTo(position + window);
        Future<List<ImageDraft>> images = started.remove(assets.get(position));
        if (images == null) {
            return ingest.apply(assets.get(position));
        }
        try {
            return images.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException("Ingest failed", failed.getCause());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("The import was stopped.");
        }
    }

    private void startUpTo(int end) {
        for (; nextToStart < Math.min(end, assets.size()); nextToStart++) {
            PlannedAsset next = assets.get(nextToStart);
            if (worthIngesting.test(next)) {
                started.put(next, pool.submit(() -> ingest.apply(next)));
            }
        }
    }

    /** Cancels what has not started and waits for running ingests, so nothing is stored after the import returns. */
    @Override
    public void close() {
        started.values().forEach(future -> future.cancel(false));
        pool.shutdown();
        try {
            pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
