package studio.thresho.lora.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraExportRequest;
import studio.thresho.lora.LoraTraining;
import studio.thresho.lora.LoraTrainingService;
import studio.thresho.lora.ReplicateTrainer;
import studio.thresho.lora.TrainingOrder;

/**
 * Train on Replicate: the trainer, the destination model (checked at Replicate; created only when the
 * user ticks that it may be, with the visibility chosen) and the paid request spelled out before it
 * is made. The dataset is the one the export dialog shows, in Replicate's layout.
 */
class TrainOnReplicateDialog extends FormDialog {

    static final String PAID = "Starting the training is one paid request to Replicate: the trainer bills GPU time by the second until "
            + "the training ends (about 20 to 30 minutes for 1,000 steps). It is sent once; if the server stops while sending, the "
            + "training is marked uncertain and only sent again when you say so.";

    final Select<ReplicateTrainer> trainer = new Select<>();
    final TextField destination = new TextField("Destination model", "owner/name");
    final RadioButtonGroup<String> visibility = new RadioButtonGroup<>("Visibility");
    final Paragraph destinationState = new Paragraph();
    final Checkbox createModel = new Checkbox();
    final Paragraph paid = new Paragraph(PAID);
    private final LoraTrainingService trainings;
    private final Supplier<LoraExportRequest> request;
    private final Consumer<LoraTraining> started;

    TrainOnReplicateDialog(LoraTrainingService trainings, String talentSlug, Supplier<LoraExportRequest> request, Consumer<LoraTraining> started) {
        super("Train on Replicate", "Start paid training");
        this.trainings = trainings;
        this.request = request;
        this.started = started;
        addClassName("train-on-replicate");
        trainer.setLabel("Trainer");
        trainer.setItems(ReplicateTrainer.values());
        trainer.setItemLabelGenerator(choice -> choice.label() + " · " + trainings.trainerModel(choice));
        trainer.setValue(ReplicateTrainer.FLUX);
        trainer.setWidth("min(100%, 32em)");
        visibility.setItems("private", "public");
        visibility.setValue("private");
        visibility.addValueChangeListener(change -> check());
        destination.setWidthFull();
        destination.setHelperText("The trained version is added to this model; it is created when it does not exist.");
        destination.addValueChangeListener(change -> check());
        destinationState.addClassName("destination-state");
        createModel.addClassName("create-model");
        createModel.setVisible(false);
        paid.addClassName("paid-note");
        try {
            destination.setValue(trainings.suggestedDestination(talentSlug));
        } catch (UserFacingException unknown) {
            destinationState.setText(unknown.getMessage());
        }
        addForm(trainer, destination, visibility, destinationState, createModel, paid);
    }

    /** Says whether the destination exists, and asks for consent to create it when it does not. */
    private void check() {
        createModel.setVisible(false);
        if (destination.getValue().isBlank()) {
            destinationState.setText("");
            return;
        }
        try {
            boolean exists = trainings.destinationExists(destination.getValue());
            destinationState.setText(exists ? destination.getValue().strip() + " exists: the training adds a version to it."
                    : destination.getValue().strip() + " does not exist on Replicate yet.");
            createModel.setLabel("Create " + destination.getValue().strip() + " as a " + visibility.getValue() + " model");
            createModel.setVisible(!exists);
        } catch (UserFacingException refused) {
            destinationState.setText(refused.getMessage());
        }
    }

    @Override
    protected void submit() {
        LoraTraining training = trainings.start(request.get(), new TrainingOrder(trainer.getValue(), destination.getValue(),
                visibility.getValue(), createModel.isVisible() && createModel.getValue()));
        Notifications.success("Training started: follow it under the talent's LoRA models.");
        started.accept(training);
    }
}
