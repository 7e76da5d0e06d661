package studio.thresho.lora.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import studio.thresho.lora.DatasetImage;

/** One image of the dataset beside its caption, which the user reviews and may rewrite before downloading. */
class CaptionRow extends Div {

    /** As long as the exported caption may be ({@code CaptionRules.MAX_CAPTION_LENGTH}). */
    static final int MAX_CAPTION_LENGTH = 500;

    final TextArea caption = new TextArea();

    CaptionRow(DatasetImage image, BiConsumer<DatasetImage, String> onEdit) {
        addClassName("lora-caption-row");
        Image thumbnail = new Image(image.thumbnailUrl(), image.role());
        thumbnail.addClassName("lora-caption-thumbnail");
        Span name = new Span(image.baseName() + " · " + image.role());
        name.addClassName("lora-caption-file");
        caption.setValue(image.caption());
        caption.setMaxLength(MAX_CAPTION_LENGTH);
        caption.setWidthFull();
        caption.setAriaLabel("Caption of " + image.baseName());
        caption.addClassName("lora-caption");
        if (image.edited()) {
            caption.setHelperText("Edited; suggested: " + image.suggested());
        }
        caption.addValueChangeListener(change -> onEdit.accept(image, change.getValue()));
        Div text = new Div(name, caption);
        text.addClassName("lora-caption-text");
        add(thumbnail, text);
    }
}
