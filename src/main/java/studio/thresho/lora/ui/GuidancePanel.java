package studio.thresho.lora.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import studio.thresho.lora.TrainingGuidance;

/** The training guidance (FR-10.2): the count against 10-20, and under 10 the warning and what the product can add. */
class GuidancePanel extends Div {

    final Paragraph summary = new Paragraph();
    final Paragraph warning = new Paragraph();
    final UnorderedList augmentation = new UnorderedList();
    final Paragraph mirror = new Paragraph();

    GuidancePanel() {
        addClassName("lora-guidance");
        warning.addClassName("lora-guidance-warning");
        mirror.addClassName("lora-mirror-warning");
        add(summary, warning, augmentation, mirror);
    }

    void show(TrainingGuidance guidance) {
        summary.setText(guidance.summary());
        warning.setText(guidance.warning() == null ? "" : guidance.warning());
        warning.setVisible(guidance.warning() != null);
        augmentation.removeAll();
        guidance.augmentation().forEach(line -> augmentation.add(new ListItem(line)));
        augmentation.setVisible(!guidance.augmentation().isEmpty());
        mirror.setText(guidance.mirrorWarning() == null ? "" : guidance.mirrorWarning());
        mirror.setVisible(guidance.mirrorWarning() != null);
        getElement().setAttribute("data-enough", String.valueOf(guidance.enough()));
    }
}
