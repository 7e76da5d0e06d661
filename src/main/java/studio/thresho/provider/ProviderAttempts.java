package studio.thresho.provider;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Names the generation on whose behalf provider calls run on this thread, so that each call is
 * kept in its log ({@link ProviderCallLog}); calls outside a job (a connection test) are not
 * logged. Writing the log never changes the outcome of a call: a database failure while logging is
 * reported here, not mistaken for the provider's answer.
 */
@Component
public class ProviderAttempts {

    private static final Logger log = LoggerFactory.getLogger(ProviderAttempts.class);
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private final ProviderCallLog calls;

    public ProviderAttempts(ProviderCallLog calls) {
        this.calls = calls;
    }

    /** The calls of one job step for one generation, and whether the provider accepted a request during them. */
    private static final class Scope {
        private final UUID recordId;
        private boolean accepted;

        private Scope(UUID recordId) {
            this.recordId = recordId;
        }
    }

    /** Runs provider calls on behalf of a generation record. */
    public <T> T during(UUID recordId, Supplier<T> calls) {
        Scope previous = CURRENT.get();
        CURRENT.set(new Scope(recordId));
        try {
            return calls.get();
        } finally {
            restore(previous);
        }
    }

    /**
     * Runs a provider's submit on behalf of a generation record. Once the provider has accepted a
     * request, an unexpected failure that follows (reading its answer, storing what it sent) is
     * reported as a {@link SubmissionUncertainException}, never as a request that was not sent.
     */
    public <T> T submit(UUID recordId, String providerName, Supplier<T> submit) {
        Scope previous = CURRENT.get();
        Scope scope = new Scope(recordId);
        CURRENT.set(scope);
        try {
            return submit.get();
        } catch (ProviderRefusedException | ProviderHttpException | ProviderUnreachableException | SubmissionUncertainException known) {
            throw known;
        } catch (RuntimeException failure) {
            if (scope.accepted) {
                throw new SubmissionUncertainException(providerName, failure);
            }
            throw failure;
        } finally {
            restore(previous);
        }
    }

    /** The provider answered a submit: it has the request (and may bill it). For provider call helpers. */
    public void accepted() {
        Scope scope = CURRENT.get();
        if (scope != null) {
            scope.accepted = true;
        }
    }

    /** Keeps one call in the log of the generation this thread works for. For provider call helpers. */
    public void record(String kind, int attempt, Instant started, String outcome, Integer httpStatus, String message) {
        Scope scope = CURRENT.get();
        if (scope == null) {
            return;
        }
        try {
            calls.record(scope.recordId, new ProviderCallLog.Call(kind, attempt, started, Duration.between(started, Instant.now()).toMillis(),
                    outcome, httpStatus, message));
        } catch (RuntimeException unavailable) {
            log.warn("The {} call of generation {} ({}) could not be logged: {}", kind, scope.recordId, outcome, unavailable.getMessage());
        }
    }

    private static void restore(Scope previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
