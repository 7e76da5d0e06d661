package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import studio.thresho.asset.AssetChangedException;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.Source;
import studio.thresho.asset.VersionProposal;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.media.MediaService;
import studio.thresho.security.Role;

/**
 * Create and edit form for every category, generated from the category's schema, with the images.
 * Editing starts from the latest version; saving asks how to number the new version (FR-11).
 * Leaving with unsaved changes asks first.
 */
@Route("asset/new/:categorySlug")
@RouteAlias("asset/:lineageId/edit")
@PageTitle("Edit asset · Thresho Studio")
@RolesAllowed(Role.Names.EDITOR)
class AssetFormView extends Div implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String CATEGORY_PARAMETER = "categorySlug";
    static final String LINEAGE_PARAMETER = "lineageId";

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Slug");
    final Select<CategoryNode> category = new Select<>();
    final RadioButtonGroup<String> library = new RadioButtonGroup<>("Library");
    final Select<Source> source = new Select<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>("Tags");
    final TextArea shortDescription = new TextArea("Short description");
    final Button save = new Button("Save");
    final List<FieldEditor> editors = new ArrayList<>();

    AssetImagesEditor imagesEditor;
    SaveVersionDialog saveDialog;

    private final AssetService assets;
    private final CategoryService categories;
    private final MediaService media;
    private AssetDetail loaded;
    private Map<String, Object> savedState = Map.of();

    AssetFormView(AssetService assets, CategoryService categories, MediaService media) {
        this.assets = assets;
        this.categories = categories;
        this.media = media;
        addClassName("page");
        addClassName("asset-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editors.clear();
        RouteParameters parameters = event.getRouteParameters();
        try {
            if (parameters.get(LINEAGE_PARAMETER).isPresent()) {
                loaded = assets.latest(UUID.fromString(parameters.get(LINEAGE_PARAMETER).get()));
                if (loaded.system()) {
                    throw new UserFacingException(loaded.name() + " ships with the studio and stays as it is: open it and choose Edit to edit a copy.");
                }
                build(categories.find(loaded.categoryId()).orElseThrow());
                fill(loaded);
            } else {
                loaded = null;
                String slugParameter = parameters.get(CATEGORY_PARAMETER).orElse("");
                CategoryNode chosen = categories.tree().stream().filter(node -> node.slug().equals(slugParameter)).findFirst()
                        .orElseThrow(() -> new UserFacingException("There is no category \"" + slugParameter + "\"."));
                build(chosen);
            }
            savedState = state();
        } catch (UserFacingException | IllegalArgumentException missing) {
            removeAll();
            add(new studio.thresho.base.ui.EmptyState(com.vaadin.flow.component.icon.VaadinIcon.QUESTION_CIRCLE_O,
                    "Nothing to edit here", missing.getMessage() == null ? "That asset does not exist." : missing.getMessage(),
                    new com.vaadin.flow.router.RouterLink("Back to the Library", LibraryView.class)));
        }
    }

    private void build(CategoryNode chosen) {
        add(new ViewHeader(loaded == null ? "New " + chosen.name().toLowerCase() : "Edit " + loaded.name(),
                loaded == null ? "Fields marked with a dot are needed for a complete asset; you can save a draft without them."
                        : "Editing v" + loaded.version() + ", the latest of " + loaded.versionCount()
                        + (loaded.versionCount() == 1 ? " version" : " versions") + "; saving creates the next one. "
                        + loaded.completeness().summary()));
        List<CategoryNode> sameKind = categories.tree().stream().filter(node -> node.kind() == chosen.kind()).toList();
        category.setLabel("Category");
        category.setItems(sameKind);
        category.setItemLabelGenerator(node -> "\u2003".repeat(node.depth()) + node.name());
        category.setValue(sameKind.stream().filter(node -> node.id().equals(chosen.id())).findFirst().orElse(chosen));
        LengthLimit.refuseOver(name, AssetRules.NAME_MAX_LENGTH);
        name.setRequired(true);
        slug.setHelperText(loaded == null ? "Made from the name; the identifier prompts use"
                : loaded.slugFollowsName() ? "A copy's slug follows its new name, unless you edit it" : "Stays the same when the name changes");
        slug.setPlaceholder("made from the name");
        library.setItems("Project", "Global");
        library.setValue("Project");
        library.setVisible(loaded == null);
        source.setLabel("Source");
        source.setItems(Source.values());
        source.setItemLabelGenerator(value -> value == null ? "Not set" : value.label());
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Not set");
        tags.setAllowCustomValue(true);
        tags.setItems(new ArrayList<>(assets.suggestTags("")));
        tags.addCustomValueSetListener(custom -> addTag(custom.getDetail()));
        tags.setHelperText("Type a tag and press Enter; existing tags are suggested");
        shortDescription.setMaxLength(AssetRules.DESCRIPTION_MAX_LENGTH);

        FormLayout common = new FormLayout(name, slug, category, library, source, tags);
        boolean describedBySchema = chosen.effectiveFields().stream().anyMatch(field -> field.key().equals("description"));
        if (!describedBySchema) {
            common.add(shortDescription);
            common.setColspan(shortDescription, 2);
        }
        common.setColspan(tags, 2);
        add(common);

        FormLayout fields = new FormLayout();
        for (FieldDefinition field : chosen.effectiveFields()) {
            FieldEditor editor = FieldEditor.of(field, assets::referenceChoices);
            if (editor != null) {
                editors.add(editor);
                fields.add(editor.component());
                if (field.type() == studio.thresho.asset.category.FieldType.LONG_TEXT) {
                    fields.setColspan(editor.component(), 2);
                }
            }
        }
        add(new H3(chosen.name() + " details"), fields);

        imagesEditor = new AssetImagesEditor(media, chosen.kind(), chosen.effectiveFields(),
                loaded == null ? ImageSet.empty() : ImageSet.of(loaded.images()), images -> { });
        add(new H3("Images"), imagesEditor);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setText(loaded == null ? "Save" : "Save new version…");
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> leave());
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons);
    }

    private void addTag(String raw) {
        try {
            List<String> normalised = AssetRules.normaliseTags(List.of(raw));
            if (normalised.isEmpty()) {
                return;
            }
            LinkedHashSet<String> values = new LinkedHashSet<>(tags.getValue());
            values.add(normalised.getFirst());
            List<String> items = new ArrayList<>(assets.suggestTags(""));
            items.addAll(values);
            tags.setItems(new LinkedHashSet<>(items));
            tags.setValue(values);
        } catch (UserFacingException refused) {
            tags.setInvalid(true);
            tags.setErrorMessage(refused.getMessage());
        }
    }

    private void fill(AssetDetail asset) {
        name.setValue(asset.name());
        slug.setValue(asset.slug());
        if (asset.source() != null) {
            source.setValue(asset.source());
        }
        List<String> items = new ArrayList<>(assets.suggestTags(""));
        items.addAll(asset.tags());
        tags.setItems(new LinkedHashSet<>(items));
        tags.setValue(new LinkedHashSet<>(asset.tags()));
        if (asset.description() != null) {
            shortDescription.setValue(asset.description());
        }
        editors.forEach(editor -> editor.setValue(asset.values().get(editor.field().key())));
    }

    /** Everything the form would save, to tell whether anything changed. */
    private Map<String, Object> state() {
        Map<String, Object> state = new HashMap<>(values());
        state.put("$name", name.getValue());
        state.put("$slug", slug.getValue());
        state.put("$source", source.getValue());
        state.put("$tags", new ArrayList<>(tags.getValue()));
        state.put("$category", category.getValue() == null ? null : category.getValue().id());
        state.put("$images", imagesEditor == null ? List.of() : imagesEditor.images().images());
        return state;
    }

    boolean hasUnsavedChanges() {
        return !Objects.equals(state(), savedState);
    }

    private Map<String, Object> values() {
        Map<String, Object> values = new HashMap<>();
        editors.forEach(editor -> {
            Object value = editor.value();
            if (value != null) {
                values.put(editor.field().key(), value);
            }
        });
        if (!shortDescription.getValue().isBlank()) {
            values.putIfAbsent("description", shortDescription.getValue());
        }
        return values;
    }

    void save() {
        clearErrors();
        AssetDraft draft = new AssetDraft(loaded == null ? null : loaded.lineageId(), loaded == null ? null : loaded.lockVersion(),
                category.getValue().id(), name.getValue(), slug.getValue(), "Global".equals(library.getValue()), source.getValue(),
                new ArrayList<>(tags.getValue()), values());
        List<ImageDraft> images = imagesEditor.images().images();
        attempt(() -> {
            if (loaded == null) {
                saved(assets.save(draft, images, VersionRequest.proposed()));
                return;
            }
            VersionProposal proposal = assets.propose(draft, images);
            if (!proposal.hasChanges()) {
                Notifications.success("Nothing changed since v" + proposal.latestVersion() + ".");
                return;
            }
            saveDialog = new SaveVersionDialog(loaded.name(), proposal, loaded.active(),
                    request -> attempt(() -> saved(assets.save(draft, images, request))));
            saveDialog.open();
        });
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (AttributeValidationException invalid) {
            invalid.fieldErrors().forEach(this::showError);
            Notifications.error("Please correct the marked fields.");
        } catch (AssetChangedException changed) {
            changedMeanwhile(changed);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void saved(AssetDetail saved) {
        savedState = state();
        Notifications.success("Saved " + saved.name() + " v" + saved.version() + (saved.completeness().complete() ? "." : " as a draft: "
                + String.join(", ", saved.completeness().missing()) + "."));
        UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(LINEAGE_PARAMETER, saved.lineageId().toString()));
    }

    /**
     * Someone saved a version while this form was open. The form keeps the user's changes; saving
     * again compares them with that newer version, so the save dialog shows what would change.
     */
    private void changedMeanwhile(AssetChangedException changed) {
        String started = loaded.version();
        ConfirmDialog dialog = new ConfirmDialog("Changed meanwhile", changed.getMessage(), "Review and save again", confirm -> {
            loaded = assets.latest(loaded.lineageId());
            save();
        });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep editing");
        dialog.setRejectable(true);
        dialog.setRejectText("Compare v" + started + " with v" + changed.latestVersion());
        dialog.addRejectListener(reject -> UI.getCurrent().getPage().open(
                VersionCompareView.url(loaded.lineageId(), started, changed.latestVersion()), "_blank"));
        dialog.addClassName("changed-meanwhile");
        dialog.open();
    }

    private void showError(String key, String message) {
        switch (key) {
            case "name" -> {
                name.setInvalid(true);
                name.setErrorMessage("Name " + message);
            }
            case "slug" -> {
                slug.setInvalid(true);
                slug.setErrorMessage("Slug " + message);
            }
            case "description" -> {
                shortDescription.setInvalid(true);
                shortDescription.setErrorMessage("Description " + message);
                editors.stream().filter(editor -> editor.field().key().equals(key)).forEach(editor -> editor.showError(message));
            }
            default -> editors.stream().filter(editor -> editor.field().key().equals(key)).forEach(editor -> editor.showError(message));
        }
    }

    private void clearErrors() {
        slug.setInvalid(false);
        name.setInvalid(false);
        shortDescription.setInvalid(false);
        editors.forEach(editor -> editor.showError(null));
    }

    private void leave() {
        if (loaded == null) {
            UI.getCurrent().navigate(LibraryView.class);
        } else {
            UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, loaded.lineageId().toString()));
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editors.isEmpty() || !hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Discard your changes?",
                "You changed this asset without saving. Leave and lose the changes?", "Discard changes", discard -> action.proceed());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep editing");
        confirm.open();
    }

    Component firstEditor(String key) {
        return editors.stream().filter(editor -> editor.field().key().equals(key)).map(FieldEditor::component).findFirst().orElseThrow();
    }
}
