package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import studio.thresho.asset.AssetChangedException;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.asset.PromptTargets;
import studio.thresho.asset.Source;
import studio.thresho.asset.VersionProposal;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.AttributeValidationException;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.media.MediaService;
import studio.thresho.media.UrlImporter;
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

    AssetBasics basics;
    TextField name;
    TextField slug;
    Select<CategoryNode> category;
    RadioButtonGroup<String> library;
    Select<Source> source;
    TagsField tags;
    TextArea shortDescription;
    final Button save = new Button("Save");
    CategoryFieldsForm fields;

    AssetImagesEditor imagesEditor;
    PromptFragmentsEditor fragmentsEditor;
    SaveVersionDialog saveDialog;

    private final AssetService assets;
    private final AssetSearchService search;
    private final PromptFragmentService fragmentsService;
    private final List<PromptTargets.Target> targets;
    private final CategoryService categories;
    private final MediaService media;
    private final UrlImporter urls;
    private AssetDetail loaded;
    private Map<String, Object> savedState = Map.of();
    private final TalentTiming timing;

    AssetFormView(AssetService assets, AssetSearchService search, CategoryService categories, MediaService media, UrlImporter urls,
                  PromptFragmentService fragmentsService, List<PromptTargets> targets,
                  org.springframework.context.ApplicationEventPublisher events, studio.thresho.project.CurrentProjectService currentProject) {
        this.urls = urls;
        this.timing = new TalentTiming(events, currentProject);
        this.fragmentsService = fragmentsService;
        this.targets = targets.stream().flatMap(source -> source.all().stream()).toList();
        this.assets = assets;
        this.search = search;
        this.categories = categories;
        this.media = media;
        addClassName("page");
        addClassName("asset-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        fields = null;
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
                timing.opened(categories.tree(), chosen);
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
        basics = new AssetBasics(search, chosen, sameKind, loaded);
        name = basics.name;
        slug = basics.slug;
        category = basics.category;
        library = basics.library;
        source = basics.source;
        tags = basics.tags;
        shortDescription = basics.shortDescription;
        add(basics);

        fields = new CategoryFieldsForm(chosen, assets::referenceChoices);
        add(new H3(chosen.name() + " details"), fields);

        imagesEditor = new AssetImagesEditor(media, urls, chosen.kind(), chosen.effectiveFields(),
                loaded == null ? ImageSet.empty() : ImageSet.of(loaded.images()), images -> { });
        add(new H3("Images"), imagesEditor);
        fragmentsEditor = new PromptFragmentsEditor(targets, chosen.kind(), loaded == null ? null : loaded.name(),
                loaded == null ? List.of() : fragmentsService.of(loaded.versionId()));
        add(new H3("Prompt fragments"), fragmentsEditor);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setText(loaded == null ? "Save" : "Save new version…");
        save.addClickListener(click -> save());
        Button cancel = new Button("Cancel", click -> leave());
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-buttons");
        add(buttons);
    }

    private void fill(AssetDetail asset) {
        basics.fill(asset);
        fields.fill(asset.values());
    }

    /** Everything the form would save, to tell whether anything changed. */
    private Map<String, Object> state() {
        Map<String, Object> state = new HashMap<>(values());
        state.put("$name", name.getValue());
        state.put("$slug", slug.getValue());
        state.put("$source", source.getValue());
        state.put("$tags", new ArrayList<>(tags.getValue()));
        state.put("$category", basics == null ? null : basics.categoryId());
        state.put("$images", imagesEditor == null ? List.of() : imagesEditor.images().images());
        state.put("$fragments", fragmentsEditor == null ? List.of() : fragmentsEditor.fragments());
        return state;
    }

    boolean hasUnsavedChanges() {
        return !Objects.equals(state(), savedState);
    }

    private Map<String, Object> values() {
        Map<String, Object> values = fields == null ? new HashMap<>() : fields.values();
        if (!shortDescription.getValue().isBlank()) {
            values.putIfAbsent("description", shortDescription.getValue());
        }
        return values;
    }

    void save() {
        clearErrors();
        AssetDraft draft = basics.draft(loaded, values()).withFragments(fragmentsEditor.fragments());
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
        if (loaded == null) {
            timing.saved();
        }
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
        new ChangedMeanwhileDialog(loaded.lineageId(), loaded.version(), changed, () -> {
            loaded = assets.latest(loaded.lineageId());
            save();
        }).open();
    }

    private void showError(String key, String message) {
        if (!basics.showError(key, message)) {
            fields.showError(key, message);
        }
    }

    private void clearErrors() {
        basics.clearErrors();
        fields.clearErrors();
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
        if (fields == null || !hasUnsavedChanges()) {
            return;
        }
        DiscardChanges.ask(event.postpone());
    }

    Component firstEditor(String key) {
        return fields.editorOf(key);
    }
}
