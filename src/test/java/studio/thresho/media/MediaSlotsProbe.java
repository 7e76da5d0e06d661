package studio.thresho.media;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** Lets tests in other packages take every decode slot until they say. */
@Component
public class MediaSlotsProbe {

    private final DecodeSlots slots;
    private final int size;

    MediaSlotsProbe(DecodeSlots slots, @org.springframework.beans.factory.annotation.Value("${thresho.media.concurrent-decodes:2}") int size) {
        this.slots = slots;
        this.size = size;
    }

    /** Takes every slot in background threads until {@code release} counts down; returns once all are taken. */
    public List<CompletableFuture<Void>> occupyAll(CountDownLatch release) throws InterruptedException {
        CountDownLatch taken = new CountDownLatch(size);
        List<CompletableFuture<Void>> holders = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            holders.add(CompletableFuture.runAsync(() -> slots.run(() -> {
                taken.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }, () -> {
            }), Executors.newVirtualThreadPerTaskExecutor()));
        }
        if (!taken.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The decode slots were not free");
        }
        return holders;
    }
}
