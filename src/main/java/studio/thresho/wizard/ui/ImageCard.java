package studio.thresho.wizard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import studio.thresho.wizard.WizardImage;

/** A generated image of the wizard as it stands: a placeholder while it is made, the image, or why it failed. */
final class ImageCard {

    static final String AWAITING_UPLOAD = "Paste the command into Midjourney, then upload or paste the image it made";

    private ImageCard() {
    }

    static Div of(WizardImage image, String label, Component... actions) {
        Div card = new Div();
        card.addClassName("wizard-card");
        if (image == null) {
            card.add(placeholder("Not made yet"));
        } else if (image.ready()) {
            Image picture = new Image(image.previewUrl(), label);
            picture.addClassName("wizard-card-image");
            card.add(picture);
        } else if (image.awaitingUpload()) {
            card.addClassName("running");
            card.add(placeholder(AWAITING_UPLOAD));
        } else if (image.running()) {
            card.addClassName("running");
            card.add(placeholder(image.status().label() + "\u2026"));
        } else {
            card.addClassName("failed");
            card.add(placeholder("Failed: " + (image.error() == null ? image.status().label() : image.error())));
        }
        Span caption = new Span(label + (image != null && image.seed() != null && image.ready() ? " \u00b7 seed " + image.seed() : ""));
        caption.addClassName("sheet-label");
        Div buttons = new Div(actions);
        buttons.addClassName("wizard-card-actions");
        card.add(caption, buttons);
        return card;
    }

    private static Div placeholder(String text) {
        Div placeholder = new Div(text);
        placeholder.addClassName("wizard-card-placeholder");
        return placeholder;
    }
}
