package studio.thresho.lora.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.VersionSummary;
import studio.thresho.base.UserFacingException;
import studio.thresho.lora.DatasetImage;
import studio.thresho.lora.LoraDataset;
import studio.thresho.lora.LoraExportRequest;
import studio.thresho.lora.LoraExportService;
import studio.thresho.lora.LoraFormat;
import studio.thresho.lora.SubjectClass;
import studio.thresho.lora.TriggerWords;

/**
 * One talent's dataset in the export dialog: version, trigger word, class, references to tick, the
 * caption of every image beside it (edits kept until the download) and the guidance panel. The
 * dataset is planned by the service on every choice, so the page shows what will be exported.
 */
class DatasetEditor extends Div {

    final Select<VersionSummary> version = new Select<>();
    final TextField trigger = new TextField("Trigger word");
    final Select<SubjectClass> subjectClass = new Select<>();
    final CheckboxGroup<AssetImageView> references = new CheckboxGroup<>("References to add");
    final Div captions = new Div();
    final GuidancePanel guidance = new GuidancePanel();
    final Paragraph count = new Paragraph();

    private final LoraExportService exports;
    private final UUID lineageId;
    private final Supplier<LoraFormat> format;
    private final Supplier<Integer> longSide;
    private final Map<UUID, String> edits = new HashMap<>();
    private LoraDataset dataset;
    private String plannedTrigger;

    DatasetEditor(LoraExportService exports, UUID lineageId, String name, List<VersionSummary> versions, UUID shownVersion,
                  Supplier<LoraFormat> format, Supplier<Integer> longSide) {
        this.exports = exports;
        this.lineageId = lineageId;
        this.format = format;
        this.longSide = longSide;
        addClassName("lora-dataset");
        H3 title = new H3(name);
        version.setLabel("Version");
        version.setItems(versions);
        version.setItemLabelGenerator(VersionSummary::label);
        version.setValue(versions.stream().filter(summary -> shownVersion == null ? summary.active() : summary.versionId().equals(shownVersion))
                .findFirst().orElse(versions.isEmpty() ? null : versions.getFirst()));
        trigger.setValue(TriggerWords.suggest(name));
        trigger.setMaxLength(TriggerWords.MAX_LENGTH);
        trigger.setHelperText("One rare word, first in every caption");
        trigger.addClassName("lora-trigger");
        subjectClass.setLabel("Class");
        subjectClass.setItems(SubjectClass.values());
        subjectClass.setEmptySelectionAllowed(true);
        subjectClass.setEmptySelectionCaption("From the profile");
        subjectClass.setItemLabelGenerator(value -> value == null ? "From the profile" : value.word());
        references.setItemLabelGenerator(image -> image.caption() == null || image.caption().isBlank() ? "Reference " + (image.sortOrder() + 1)
                : image.caption());
        references.addClassName("lora-references");
        captions.addClassName("lora-captions");
        count.addClassName("lora-count");
        Div choices = new Div(version, trigger, subjectClass);
        choices.addClassName("lora-choices");
        add(title, choices, references, count, guidance, captions);

        version.addValueChangeListener(change -> {
            edits.clear();
            references.clear();
            refresh();
        });
        trigger.addValueChangeListener(change -> {
            retarget(change.getOldValue(), change.getValue());
            refresh();
        });
        subjectClass.addValueChangeListener(change -> refresh());
        references.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                refresh();
            }
        });
        refresh();
    }

    /** The choices as a request; edited captions included. */
    LoraExportRequest request() {
        Set<UUID> ticked = references.getValue().stream().map(AssetImageView::id).collect(Collectors.toSet());
        return new LoraExportRequest(lineageId, version.getValue() == null ? null : version.getValue().versionId(), format.get(),
                trigger.getValue(), subjectClass.getValue(), longSide.get(), ticked, Map.copyOf(edits));
    }

    /** Plans the dataset again and shows it; a refused choice shows its reason at the trigger word or above the captions. */
    void refresh() {
        try {
            dataset = exports.plan(request());
            trigger.setInvalid(false);
        } catch (UserFacingException refused) {
            boolean triggerProblem = TriggerWords.problem(trigger.getValue()).isPresent();
            trigger.setErrorMessage(triggerProblem ? refused.getMessage() : null);
            trigger.setInvalid(triggerProblem);
            count.setText(refused.getMessage());
            return;
        }
        plannedTrigger = dataset.trigger();
        Set<AssetImageView> ticked = references.getValue();
        references.setItems(dataset.references());
        references.setValue(dataset.references().stream().filter(image -> ticked.stream().anyMatch(t -> t.id().equals(image.id())))
                .collect(Collectors.toSet()));
        references.setVisible(!dataset.references().isEmpty());
        count.setText(dataset.imageCount() + " images · class \"" + dataset.subjectClass().word() + "\" · "
                + (dataset.format() == LoraFormat.CIVITAI ? "Civitai asks for this image count when you upload." : dataset.format().label()));
        guidance.show(dataset.guidance());
        captions.removeAll();
        dataset.images().forEach(image -> captions.add(new CaptionRow(image, this::edited)));
    }

    LoraDataset dataset() {
        return dataset;
    }

    private void edited(DatasetImage image, String caption) {
        if (caption.strip().equals(image.suggested())) {
            edits.remove(image.imageId());
        } else {
            edits.put(image.imageId(), caption);
        }
    }

    /** A new valid trigger word replaces the last valid one in the captions the user wrote. */
    private void retarget(String oldTrigger, String newTrigger) {
        String previous = plannedTrigger != null ? plannedTrigger : oldTrigger;
        if (previous == null || previous.isBlank() || TriggerWords.problem(newTrigger).isPresent()) {
            return;
        }
        edits.replaceAll((id, caption) -> caption.replaceAll("(?i)(?<![\\p{L}\\p{N}_-])" + java.util.regex.Pattern.quote(previous)
                + "(?![\\p{L}\\p{N}_-])", java.util.regex.Matcher.quoteReplacement(newTrigger.strip())));
    }
}
