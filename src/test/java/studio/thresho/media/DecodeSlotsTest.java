package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DecodeSlotsTest {

    @Test
    void atMostTheConfiguredNumberRunAtOnceAndTheNextIsToldItWaits() throws Exception {
        DecodeSlots slots = new DecodeSlots(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(2);
        AtomicInteger atOnce = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger waited = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Runnable decode = () -> slots.run(() -> {
                most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                running.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                atOnce.decrementAndGet();
                return null;
            }, waited::incrementAndGet);
            CompletableFuture<?> first = CompletableFuture.runAsync(decode, threads);
            CompletableFuture<?> second = CompletableFuture.runAsync(decode, threads);
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<?> third = CompletableFuture.runAsync(decode, threads);
            while (waited.get() == 0 && !third.isDone()) {
                Thread.sleep(10);
            }
            assertThat(waited).hasValue(1);
            assertThat(third).isNotDone();

            release.countDown();
            CompletableFuture.allOf(first, second, third).get(5, TimeUnit.SECONDS);
        }
        assertThat(most).hasValue(2);
    }

    @Test
    void aSettingBelowOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new DecodeSlots(0)).hasMessageContaining("thresho.media.concurrent-decodes");
    }
}
