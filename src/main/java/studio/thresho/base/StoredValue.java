package studio.thresho.base;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant kept in the database under its own value (the spec's SQL values) and shown with a label. */
public interface StoredValue {

    String dbValue();

    String label();

    /** The constant stored as the given value, if any. */
    static <E extends Enum<E> & StoredValue> Optional<E> of(E[] constants, String dbValue) {
        return Arrays.stream(constants).filter(constant -> constant.dbValue().equals(dbValue)).findFirst();
    }
}
