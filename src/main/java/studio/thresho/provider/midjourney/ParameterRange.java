package studio.thresho.provider.midjourney;

import java.math.BigDecimal;
import studio.thresho.base.UserFacingException;

/** The values Midjourney accepts for one numeric parameter, and the refusal that names them. */
record ParameterRange(String name, String flag, long min, long max) {

    static final ParameterRange CHARACTER_WEIGHT = new ParameterRange("Character weight", "--cw", 0, 100);
    static final ParameterRange OMNI_WEIGHT = new ParameterRange("Omni weight", "--ow", 1, 1000);
    static final ParameterRange STYLE_WEIGHT = new ParameterRange("Style weight", "--sw", 0, 1000);
    static final ParameterRange IMAGE_WEIGHT = new ParameterRange("Image weight", "--iw", 0, 3);
    static final ParameterRange SEED = new ParameterRange("Seed", "--seed", 0, 4_294_967_295L);

    void check(long value) {
        if (value < min || value > max) {
            throw outside(String.valueOf(value));
        }
    }

    void check(double value) {
        // written so that NaN is refused too
        if (!(value >= min && value <= max)) {
            throw outside(format(value));
        }
    }

    /** "2" rather than "2.0", "0.5" rather than "5E-1". */
    static String format(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private UserFacingException outside(String value) {
        return new UserFacingException(name + " (" + flag + ") must be between " + min + " and " + max + "; " + value
                + " is outside that range.");
    }
}
