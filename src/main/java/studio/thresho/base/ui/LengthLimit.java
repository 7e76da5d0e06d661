package studio.thresho.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A name longer than its column holds is refused with a message while it is typed, never cut:
 * a browser's {@code maxlength} silently drops whatever is pasted beyond it. The service refuses
 * it again on save.
 */
public final class LengthLimit {

    private LengthLimit() {
    }

    public static void refuseOver(TextField field, int maxLength) {
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> check(field, maxLength));
    }

    private static void check(TextField field, int maxLength) {
        int length = field.getValue().trim().length();
        boolean over = length > maxLength;
        field.setInvalid(over);
        field.setErrorMessage(over ? "At most " + maxLength + " characters; this has " + length + "." : null);
    }
}
