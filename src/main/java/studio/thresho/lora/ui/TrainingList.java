package studio.thresho.lora.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.lora.LoraTraining;
import studio.thresho.lora.LoraTrainingService;
import studio.thresho.lora.TrainingStatus;

/**
 * A talent's trainings on Replicate: status, progress, the log's last lines, Cancel, and Start again
 * for an uncertain start. Looks again every few seconds while one is unfinished.
 */
class TrainingList extends Div {

    static final int POLL_MILLIS = 5000;

    private final LoraTrainingService trainings;
    private final UUID lineageId;
    private final boolean canEdit;
    private final Runnable onTrained;
    private Registration polling;
    private boolean unfinished;

    TrainingList(LoraTrainingService trainings, UUID lineageId, boolean canEdit, Runnable onTrained) {
        this.trainings = trainings;
        this.lineageId = lineageId;
        this.canEdit = canEdit;
        this.onTrained = onTrained;
        addClassName("lora-trainings");
        refresh();
    }

    void refresh() {
        removeAll();
        List<LoraTraining> all = trainings.ofTalent(lineageId);
        boolean wasUnfinished = unfinished;
        unfinished = all.stream().anyMatch(training -> !training.status().finished() && training.status() != TrainingStatus.UNCERTAIN);
        setVisible(!all.isEmpty());
        if (!all.isEmpty()) {
            add(new H4("Trainings on Replicate"));
            all.forEach(training -> add(row(training)));
        }
        if (wasUnfinished && !unfinished) {
            onTrained.run();
        }
        getUI().ifPresent(ui -> ui.setPollInterval(unfinished ? POLL_MILLIS : -1));
    }

    private Div row(LoraTraining training) {
        Div row = new Div();
        row.addClassName("lora-training");
        Span status = new Span(training.status().label());
        status.addClassName("training-status");
        status.getElement().getThemeList().add("badge" + switch (training.status()) {
            case SUCCEEDED -> " success";
            case FAILED, UNCERTAIN -> " error";
            default -> "";
        });
        row.add(status, new Span(" " + training.label() + " · " + training.imageCount() + " images · from v" + training.talentVersion()));
        if (training.status() == TrainingStatus.RUNNING) {
            ProgressBar progress = new ProgressBar(0, 100, training.progress() == null ? 0 : training.progress());
            progress.setIndeterminate(training.progress() == null);
            progress.addClassName("training-progress");
            row.add(progress);
            if (training.progress() != null) {
                row.add(new Span(training.progress() + " % done"));
            }
        }
        if (training.message() != null) {
            Span message = new Span(training.message());
            message.addClassName("training-message");
            row.add(new Div(message));
        }
        if (training.logTail() != null && !training.status().finished()) {
            Pre log = new Pre(training.logTail());
            log.addClassName("training-log");
            row.add(log);
        }
        if (training.providerPage() != null) {
            Anchor page = new Anchor(training.providerPage(), "Open at Replicate");
            page.setTarget("_blank");
            row.add(page);
        }
        if (canEdit) {
            actions(training, row);
        }
        return row;
    }

    private void actions(LoraTraining training, Div row) {
        if (training.status() == TrainingStatus.UNCERTAIN) {
            Button again = new Button("I checked: start it again", click -> act(() -> trainings.startAgain(training.id())));
            again.addClassName("training-again");
            row.add(again);
        } else if (!training.status().finished() && !training.cancelRequested()) {
            Button cancel = new Button("Cancel training", click -> act(() -> trainings.cancel(training.id())));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancel.addClassName("training-cancel");
            row.add(cancel);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> refresh());
        attach.getUI().setPollInterval(unfinished ? POLL_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
        }
        detach.getUI().setPollInterval(-1);
    }
}
