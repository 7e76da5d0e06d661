package studio.thresho.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderCapabilities;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.media.TestImages;

/**
 * A provider for tests that answers each poll from a script: by default "running" once, then
 * one result to download. Tests set the script of the next submission with {@link #nextPlan}.
 */
public class ScriptedProvider implements GenerationProvider {

    public static final String ID = "scripted";

    public final List<ProviderRequest> submitted = new CopyOnWriteArrayList<>();
    public final List<studio.thresho.provider.VideoRequest> videos = new CopyOnWriteArrayList<>();
    public final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    public final Map<String, Integer> polls = new ConcurrentHashMap<>();
    private final Map<String, Deque<ProviderStatus>> scripts = new ConcurrentHashMap<>();
    private volatile List<ProviderStatus> nextPlan = null;
    private volatile String refusal = null;
    private volatile boolean uncertain = false;
    /** How many of its generations may run at once. */
    public volatile int limit = 4;
    /** Paid requests per project per month, as an administrator's cap; null for none. */
    public volatile Integer monthlyCap = null;
    /** Thrown by {@link #modelStanding()} as a retired model would be; null for a usable model. */
    public volatile String retiredModel = null;
    /** Returned by {@link #modelStanding()} as a legacy model's warning; null for none. */
    public volatile String legacyWarning = null;
    public volatile studio.thresho.provider.SeedRange seeds = studio.thresho.provider.SeedRange.ANY;
    private volatile CountDownLatch hold = null;
    private volatile Runnable afterNextSubmit = null;
    private volatile String nextExternalId = null;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    /**
     * The next submit counts its request, then blocks (as a socket read would, deaf to
     * interrupts) until the returned latch is released.
     */
    public CountDownLatch holdNextSubmit() {
        CountDownLatch latch = new CountDownLatch(1);
        hold = latch;
        return latch;
    }

    /** Runs right after the next submit has counted its request, before it answers. */
    public void afterNextSubmit(Runnable action) {
        afterNextSubmit = action;
    }

    /** The task id the next submit answers with. */
    public void nextExternalId(String id) {
        nextExternalId = id;
    }

    /** Requests received for this generation. */
    public long requestsFor(java.util.UUID recordId) {
        return submitted.stream().filter(request -> request.recordId().equals(recordId)).count();
    }

    /** The most tasks this provider had running at once since the last {@link #resetInFlight}. */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    public void resetInFlight() {
        inFlight.clear();
        mostInFlight.set(0);
    }

    /** The polls the next submission will see, in order; the last one repeats. */
    public void nextPlan(ProviderStatus... statuses) {
        nextPlan = List.of(statuses);
    }

    /** The next submission times out after it was sent. */
    public void timeOutNext() {
        uncertain = true;
    }

    @Override
    public int concurrencyLimit() {
        return limit;
    }

    /** The next submission is refused with this reason. */
    public void refuseNext(String reason) {
        refusal = reason;
    }

    /** A minimal MP4: an ftyp box, then an empty mdat box. */
    public static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1',
            0, 0, 0, 8, 'm', 'd', 'a', 't'};

    public static ProviderStatus oneVideo() {
        return ProviderStatus.succeeded(List.of(new ProviderResult("scripted://video/1", null, 77L)));
    }

    @Override
    public ProviderSubmission submitVideo(studio.thresho.provider.VideoRequest request) {
        videos.add(request);
        String id = ID + "-" + request.recordId();
        List<ProviderStatus> plan = nextPlan == null ? List.of(ProviderStatus.running(30), oneVideo()) : nextPlan;
        nextPlan = null;
        scripts.put(id, new ArrayDeque<>(plan));
        return ProviderSubmission.pending(id);
    }

    public static ProviderStatus oneResult() {
        return ProviderStatus.succeeded(List.of(new ProviderResult("scripted://result/1", null, 4242L)));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Scripted (tests)";
    }

    @Override
    public java.util.OptionalInt monthlyRequestCap() {
        Integer cap = monthlyCap;
        return cap == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(cap);
    }

    @Override
    public java.util.Optional<String> modelStanding() {
        if (retiredModel != null) {
            throw new studio.thresho.provider.catalogue.RetiredModelException(retiredModel);
        }
        return java.util.Optional.ofNullable(legacyWarning);
    }

    @Override
    public studio.thresho.provider.SeedRange seedRange() {
        return seeds;
    }

    @Override
    public ProviderCapabilities capabilities() {
        return new ProviderCapabilities(true, true, false, true, true, 2, 1000, 2, List.of("1:1", "16:9"));
    }

    @Override
    public ProviderSubmission submit(ProviderRequest request) {
        if (refusal != null) {
            String reason = refusal;
            refusal = null;
            throw new ProviderRefusedException(reason);
        }
        if (uncertain) {
            uncertain = false;
            submitted.add(request);
            throw new studio.thresho.provider.SubmissionUncertainException(displayName(),
                    new java.net.SocketTimeoutException("Read timed out"));
        }
        submitted.add(request);
        String id = nextExternalId != null ? nextExternalId : ID + "-" + request.recordId();
        nextExternalId = null;
        List<ProviderStatus> plan = nextPlan == null ? List.of(ProviderStatus.running(50), oneResult()) : nextPlan;
        nextPlan = null;
        scripts.put(id, new ArrayDeque<>(plan));
        inFlight.add(id);
        mostInFlight.accumulateAndGet(inFlight.size(), Math::max);
        Runnable after = afterNextSubmit;
        afterNextSubmit = null;
        if (after != null) {
            after.run();
        }
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            awaitUninterruptibly(latch);
        }
        return ProviderSubmission.pending(id);
    }

    @Override
    public ProviderStatus poll(String externalId) {
        polls.merge(externalId, 1, Integer::sum);
        Deque<ProviderStatus> script = scripts.get(externalId);
        if (script == null) {
            return ProviderStatus.failed("Task not found");
        }
        ProviderStatus status = script.size() > 1 ? script.poll() : script.peek();
        if (status.state() != ProviderStatus.State.QUEUED && status.state() != ProviderStatus.State.RUNNING) {
            inFlight.remove(externalId);
        }
        return status;
    }

    /** How many of the next downloads find the media storage full (the bytes arrive, storing them fails). */
    public final java.util.concurrent.atomic.AtomicInteger fullDiskFetches = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public byte[] fetch(ProviderResult result) {
        if (fullDiskFetches.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new studio.thresho.media.StorageFullException();
        }
        return result.downloadUrl().contains("video") ? MP4 : TestImages.png(64, 48, result.seed() == null ? 1 : result.seed());
    }

    @Override
    public void cancel(String externalId) {
        cancelled.add(externalId);
        inFlight.remove(externalId);
    }

    /** Like a blocking socket read, which an interrupt does not end. */
    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException ignored) {
                // keep waiting, and leave the thread as a returning read would
            }
        }
    }
}
