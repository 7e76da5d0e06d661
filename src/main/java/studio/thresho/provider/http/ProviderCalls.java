package studio.thresho.provider.http;

import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.provider.ProviderHttpException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * How provider calls are retried. Polls and downloads are retried with exponential backoff and
 * jitter on rate limits (honouring {@code Retry-After}), server errors and network trouble, never
 * on a refusal. A submit may already be accepted and billed once it was sent, so it is retried
 * only when it certainly was not: the connection was refused, or the provider turned it away with
 * 429 for a real rate limit (a quota, balance or account refusal sent as 429 is never retried:
 * {@link studio.thresho.provider.Refusals}). A submit that timed out or met a server error becomes a {@link SubmissionUncertainException}.
 */
@Component
public class ProviderCalls {

    static final int MAX_RETRIES = 4;

    private final Duration baseDelay;
    private final Duration maxDelay;
    private final ProviderAttempts attempts;

    public ProviderCalls(@Value("${thresho.providers.retry-base-delay:1s}") Duration baseDelay,
                  @Value("${thresho.providers.retry-max-delay:30s}") Duration maxDelay, ProviderAttempts attempts) {
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.attempts = attempts;
    }

    public <T> T submit(String providerName, CheckedSupplier<T> call) {
        try {
            T answer = run(policy(ProviderCalls::certainlyNotAccepted), logged("submit", call));
            attempts.accepted();
            return answer;
        } catch (ProviderHttpException http) {
            if (http.status() >= 500) {
                throw new SubmissionUncertainException(providerName, http);
            }
            throw http;
        } catch (RuntimeException failure) {
            if (notSent(failure)) {
                throw new ProviderUnreachableException(providerName, failure);
            }
            throw new SubmissionUncertainException(providerName, failure);
        }
    }

    public <T> T poll(String providerName, CheckedSupplier<T> call) {
        return retried("poll", providerName, call);
    }

    public <T> T download(String providerName, CheckedSupplier<T> call) {
        return retried("download", providerName, call);
    }

    /**
     * Downloads a result the provider links to; a link that no longer answers is explained with how
     * long the provider keeps it ("its link is valid for 10 minutes only").
     */
    public byte[] downloadResult(String providerName, CheckedSupplier<byte[]> call, String linkValidity) {
        try {
            return download(providerName, call);
        } catch (ProviderHttpException gone) {
            throw new studio.thresho.provider.ProviderRefusedException("The result could not be downloaded from " + providerName
                    + " (HTTP " + gone.status() + "): " + linkValidity + "; generate again.");
        }
    }

    private <T> T retried(String kind, String providerName, CheckedSupplier<T> call) {
        try {
            return run(policy(ProviderCalls::transientFailure), logged(kind, call));
        } catch (ProviderHttpException refused) {
            throw refused;
        } catch (RuntimeException failure) {
            if (notSent(failure)) {
                throw new ProviderUnreachableException(providerName, failure);
            }
            throw failure;
        }
    }

    private <T> RetryPolicy<T> policy(java.util.function.Predicate<Throwable> retryable) {
        return RetryPolicy.<T>builder()
                .handleIf((result, failure) -> failure != null && retryable.test(failure))
                .withBackoff(baseDelay, maxDelay)
                .withJitter(0.25)
                .withDelayFn(context -> context.getLastException() instanceof ProviderHttpException http && http.retryAfter() != null
                        ? min(http.retryAfter(), maxDelay) : Duration.ofMillis(-1))
                .withMaxRetries(MAX_RETRIES)
                .build();
    }

    private static <T> T run(RetryPolicy<T> policy, CheckedSupplier<T> call) {
        try {
            return Failsafe.with(policy).get(call);
        } catch (FailsafeException wrapped) {
            Throwable cause = wrapped.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /** The call with its log entry; the entry is written after the call and never changes its outcome. */
    private <T> CheckedSupplier<T> logged(String kind, CheckedSupplier<T> call) {
        AtomicInteger attempt = new AtomicInteger();
        return () -> {
            int number = attempt.incrementAndGet();
            Instant started = Instant.now();
            T result;
            try {
                result = call.get();
            } catch (Throwable failure) {
                attempts.record(kind, number, started, outcome(failure),
                        failure instanceof ProviderHttpException http ? http.status() : null, failure.getMessage());
                throw failure;
            }
            attempts.record(kind, number, started, "ok", null, null);
            return result;
        };
    }

    private static String outcome(Throwable failure) {
        if (failure instanceof ProviderHttpException http) {
            return http.transientFailure() ? "retryable_error" : "refused";
        }
        return notSent(failure) ? "unreachable" : "network_error";
    }

    /**
     * Connection refused or unknown host on the way to the provider: nothing reached it. Decided by
     * where the failure was thrown: a database failure (which may also carry a refused connection,
     * to the database) says nothing about the provider's request.
     */
    static boolean notSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException) {
                return false;
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static boolean certainlyNotAccepted(Throwable failure) {
        return notSent(failure) || failure instanceof ProviderHttpException http && http.status() == 429 && http.transientFailure();
    }

    private static boolean transientFailure(Throwable failure) {
        if (failure instanceof ProviderHttpException http) {
            return http.transientFailure();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
