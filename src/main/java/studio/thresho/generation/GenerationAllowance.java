package studio.thresho.generation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * Spend control for a step that sends several generations at once (the talent wizard's headshots
 * and sheet views): the quote the page shows first, and a refusal before any of them leaves when
 * they do not all fit in the monthly cap.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class GenerationAllowance {

    private final MonthlySpend spend;
    private final ProviderRegistry providers;

    GenerationAllowance(MonthlySpend spend, ProviderRegistry providers) {
        this.spend = spend;
        this.providers = providers;
    }

    @Transactional(readOnly = true)
    public SpendQuote quote(String providerId, int submits) {
        return spend.quote(providers.require(providerId), submits);
    }

    /** Refuses, with the numbers, a step whose submits would go over the cap. */
    @Transactional(readOnly = true)
    public SpendQuote requireRoom(String providerId, int submits) {
        GenerationProvider provider = providers.require(providerId);
        SpendQuote quote = spend.quote(provider, submits);
        if (!quote.fits()) {
            throw new UserFacingException("This step makes " + quote.requests() + " paid requests to " + provider.displayName()
                    + ", but only " + quote.capLeft() + " are left of this month's cap. An administrator raises it under Admin > Providers.");
        }
        return quote;
    }
}
