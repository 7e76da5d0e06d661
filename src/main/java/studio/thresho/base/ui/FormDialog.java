package studio.thresho.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import studio.thresho.base.UserFacingException;

/**
 * A dialog with a form, Cancel and one primary action. When the action is refused with a
 * {@link UserFacingException}, the reason is shown inside the dialog and the input is kept.
 */
public abstract class FormDialog extends Dialog {

    private final Paragraph error = new Paragraph();
    private final Button primary;

    protected FormDialog(String title, String primaryText) {
        setHeaderTitle(title);
        error.addClassName("form-error");
        error.setVisible(false);
        primary = new Button(primaryText, click -> attempt());
        primary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), primary);
    }

    /** Does the work; throws {@link UserFacingException} to keep the dialog open with the reason. */
    protected abstract void submit();

    /** Adds the form fields above the error line. */
    protected void addForm(Component... fields) {
        add(fields);
        add(error);
    }

    public Button primaryButton() {
        return primary;
    }

    /** The reason the last attempt was refused, or empty. */
    public String errorText() {
        return error.isVisible() ? error.getText() : "";
    }

    private void attempt() {
        try {
            submit();
            close();
        } catch (UserFacingException refused) {
            error.setText(refused.getMessage());
            error.setVisible(true);
        }
    }
}
