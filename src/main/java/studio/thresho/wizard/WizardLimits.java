package studio.thresho.wizard;

import java.time.Duration;

/** The wizard's limits (FR-9.3). */
public final class WizardLimits {

    public static final int MIN_HEADSHOTS = 4;
    public static final int MAX_HEADSHOTS = 6;
    /** Regenerations of one sheet view that may run at once. */
    public static final int MAX_VIEW_REGENERATIONS_IN_FLIGHT = 3;
    /** The step-1 description goes into every prompt of the session, so it stays well within every provider's prompt length. */
    public static final int DESCRIPTION_MAX_LENGTH = 2_000;
    public static final int INDUSTRY_MAX_LENGTH = 100;
    /** A session untouched this long is marked abandoned ... */
    public static final Duration ABANDONED_AFTER = Duration.ofDays(30);
    /** ... and this long after that, its images that no talent kept and their records are deleted. */
    public static final Duration CLEANED_AFTER = Duration.ofDays(30);

    private WizardLimits() {
    }
}
