package studio.thresho.generation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;

/**
 * Spend control: every submit to a provider with an API is one paid request. The plan says so (and
 * how many the project has sent this month against the provider's cap), and a submit over the cap
 * is refused with the count so far. Months are calendar months in UTC; every generation record of
 * the month counts, as a request may be billed even when it failed.
 */
@Component
public class MonthlySpend implements PlanContributor {

    /** One submit sends one request, however many images it asks for. */
    static final int PAID_REQUESTS_PER_SUBMIT = 1;

    private final GenerationRecordRepository records;
    private final CurrentProjectService currentProject;
    private final ProviderRegistry providers;
    private final Clock clock;

    @Autowired
    MonthlySpend(GenerationRecordRepository records, CurrentProjectService currentProject, ProviderRegistry providers) {
        this(records, currentProject, providers, Clock.systemUTC());
    }

    MonthlySpend(GenerationRecordRepository records, CurrentProjectService currentProject, ProviderRegistry providers, Clock clock) {
        this.records = records;
        this.currentProject = currentProject;
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    public void contribute(PlanDraft draft) {
        GenerationProvider provider = providers.find(draft.providerId()).orElse(null);
        if (provider == null || provider.offline() || provider.manual()) {
            return;
        }
        OptionalInt cap = provider.monthlyRequestCap();
        String count = cap.isPresent() ? " (" + sentThisMonth(provider.id()) + " of " + cap.getAsInt() + " sent by this project this month)" : "";
        draft.note("This submit makes " + PAID_REQUESTS_PER_SUBMIT + " paid request to " + provider.displayName() + count + ".");
    }

    /** Refuses a submit that would go over the provider's monthly cap for the current project. */
    void checkCap(UUID project, GenerationProvider provider) {
        String refusal = overCap(project, provider, new HashMap<>());
        if (refusal != null) {
            throw new UserFacingException(refusal);
        }
    }

    /**
     * Why one more submit would go over the provider's monthly cap for the project, or null when it
     * fits; {@code sentSoFar} counts the month once per provider and then the submits of the batch.
     */
    String overCap(UUID project, GenerationProvider provider, Map<String, Long> sentSoFar) {
        OptionalInt cap = provider.monthlyRequestCap();
        if (cap.isEmpty() || provider.offline() || provider.manual()) {
            return null;
        }
        long sent = sentSoFar.computeIfAbsent(provider.id(),
                id -> records.countByProjectIdAndProviderIdAndCreatedAtGreaterThanEqual(project, id, monthStart()));
        if (sent + PAID_REQUESTS_PER_SUBMIT > cap.getAsInt()) {
            return "This project has sent " + sent + " paid request" + (sent == 1 ? "" : "s") + " to "
                    + provider.displayName() + " this month; the cap is " + cap.getAsInt() + ". An administrator raises it under Admin > "
                    + "Providers, or the count starts again next month.";
        }
        sentSoFar.put(provider.id(), sent + PAID_REQUESTS_PER_SUBMIT);
        return null;
    }

    /** The paid requests {@code requests} submits make, and what is left of the cap of the current project. */
    SpendQuote quote(GenerationProvider provider, int requests) {
        boolean paid = !provider.offline() && !provider.manual();
        OptionalLong left = requestsLeft(provider.id());
        return new SpendQuote(provider.displayName(), paid, requests * PAID_REQUESTS_PER_SUBMIT,
                left.isPresent() ? (int) left.getAsLong() : null);
    }

    /**
     * Paid requests the current project may still send to the provider this month (never below 0);
     * empty when the provider has no cap, costs nothing (offline, manual) or is unknown.
     */
    public OptionalLong requestsLeft(String providerId) {
        GenerationProvider provider = providers.find(providerId).orElse(null);
        if (provider == null || provider.offline() || provider.manual() || provider.monthlyRequestCap().isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(0, provider.monthlyRequestCap().getAsInt() - sentThisMonth(providerId)));
    }

    private long sentThisMonth(String providerId) {
        return currentProject.current().map(ProjectSummary::id)
                .map(project -> records.countByProjectIdAndProviderIdAndCreatedAtGreaterThanEqual(project, providerId, monthStart()))
                .orElse(0L);
    }

    private Instant monthStart() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
