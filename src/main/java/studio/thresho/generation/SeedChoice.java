package studio.thresho.generation;

/**
 * Which seed a generation uses: a random one, a fixed one, or the first talent's seed kept for the
 * provider from a liked result (random when it has none).
 */
public record SeedChoice(Mode mode, Long value) {

    public enum Mode {
        RANDOM, FIXED, SAVED
    }

    public static final SeedChoice RANDOM = new SeedChoice(Mode.RANDOM, null);
    public static final SeedChoice SAVED = new SeedChoice(Mode.SAVED, null);

    public SeedChoice {
        if (mode == Mode.FIXED && value == null) {
            throw new IllegalArgumentException("A fixed seed needs its value");
        }
    }

    public static SeedChoice fixed(long value) {
        return new SeedChoice(Mode.FIXED, value);
    }
}
