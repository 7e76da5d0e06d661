package studio.thresho.provider;

/**
 * The seeds a provider accepts. Midjourney and Runway take 0..4294967295 (Runway's bound is
 * unverified, the SDK types it as a plain integer); the others take any non-negative long.
 */
public record SeedRange(long min, long max) {

    public static final SeedRange ANY = new SeedRange(0, Long.MAX_VALUE);
    public static final SeedRange UNSIGNED_32_BIT = new SeedRange(0, 4_294_967_295L);

    public boolean contains(long seed) {
        return seed >= min && seed <= max;
    }

    /** "from 0 to 4294967295", for messages and helper texts. */
    public String describe() {
        return "from " + min + " to " + max;
    }
}
