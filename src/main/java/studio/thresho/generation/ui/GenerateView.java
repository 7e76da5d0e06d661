package studio.thresho.generation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.generation.GenerationOrder;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.PromptFragmentStore;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.UsedAsset;
import studio.thresho.generation.brand.BrandProfileService;
import studio.thresho.generation.brand.BrandProfileView;
import studio.thresho.generation.prompt.BrandTokens;
import studio.thresho.generation.prompt.EnvironmentPick;
import studio.thresho.generation.prompt.PromptAssembler;
import studio.thresho.generation.prompt.PromptRequest;
import studio.thresho.generation.prompt.PromptResult;
import studio.thresho.generation.prompt.ProviderProfile;
import studio.thresho.generation.prompt.TalentPick;
import studio.thresho.generation.provider.GenerationProvider;
import studio.thresho.generation.provider.ProviderCapabilities;
import studio.thresho.generation.provider.ProviderReference;
import studio.thresho.generation.provider.ProviderRegistry;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;

/**
 * The Generate page (FR-6): pick talent, environment, lighting, props, camera and style through the
 * asset selector, give each its context, see the prompt assembled live (and edit it), choose the
 * provider and settings, generate, and follow the results below.
 */
@Route("generate")
@PageTitle("Generate · Thresho Studio")
@Menu(title = "Generate", order = 15, icon = "vaadin:magic")
@RolesAllowed(Role.Names.EDITOR)
class GenerateView extends Div implements BeforeEnterObserver {

    static final String ASSET_PARAMETER = "asset";
    /** A reference image to animate, from an asset's page ({@code ?animate=<media key>&asset=<lineage>}). */
    static final String ANIMATE_PARAMETER = "animate";
    static final String RANDOM = "Random";
    static final String FIXED = "Fixed";
    static final String SAVED = "Saved";
    static final int RESULTS_POLL_MILLIS = 1000;

    final Map<Slot, List<Pick>> picks = new EnumMap<>(Slot.class);
    final Map<Slot, Div> slotPanels = new EnumMap<>(Slot.class);
    final Select<GenerationProvider> provider = new Select<>();
    final Select<String> aspectRatio = new Select<>();
    final IntegerField images = new IntegerField("Images");
    final RadioButtonGroup<String> seedMode = new RadioButtonGroup<>("Seed");
    final TextField seed = new TextField();
    final Select<BrandProfileView> brand = new Select<>();
    final TextArea prompt = new TextArea("Prompt");
    final Div promptNotes = new Div();
    final Div staleEdit = new Div();
    final Button generate = new Button("Generate", VaadinIcon.MAGIC.create());
    GenerationResults results;

    private final GenerationService generations;
    private final ProviderRegistry providers;
    private final PromptAssembler assembler;
    private final PromptFragmentStore fragments;
    private final BrandProfileService brands;
    private final AssetVersionService versions;
    private final AssetSelectorDialog.Services selectorServices;
    private final CurrentProjectService currentProject;
    private final studio.thresho.asset.ConsistencyService consistency;
    private final ResultScoreService scores;
    private Long savedSeed;
    private String savedSeedOwner;
    private PromptResult assembled;
    private String assembledText = "";
    private Registration polling;

    GenerateView(GenerationService generations, ProviderRegistry providers, PromptAssembler assembler, PromptFragmentStore fragments,
                 BrandProfileService brands, AssetVersionService versions, AssetSelectorDialog.Services selectorServices,
                 CurrentProjectService currentProject, studio.thresho.asset.ConsistencyService consistency, ResultScoreService scores) {
        this.generations = generations;
        this.scores = scores;
        this.providers = providers;
        this.assembler = assembler;
        this.fragments = fragments;
        this.brands = brands;
        this.versions = versions;
        this.selectorServices = selectorServices;
        this.currentProject = currentProject;
        this.consistency = consistency;
        addClassName("page");
        addClassName("generate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        picks.clear();
        for (Slot slot : Slot.values()) {
            picks.put(slot, new ArrayList<>());
        }
        java.util.Optional<ProjectSummary> project = currentProject.current();
        if (project.isEmpty()) {
            add(new EmptyState(VaadinIcon.FOLDER_O, "Choose a project first",
                    "Generations belong to a project: pick one in the selector at the top.", new Span()));
            return;
        }
        add(new ViewHeader("Generate", project.get().name() + " · pick assets, say what happens, generate"));
        Div columns = new Div(picksColumn(), settingsColumn());
        columns.addClassName("generate-columns");
        results = new GenerationResults(generations, scores, selectorServices.media(), consistency,
                promotion -> new PromoteDialog(generations, promotion).open(),
                still -> new AnimateDialog(generations, providers, still.image().mediaKey(), still.generation().prompt(), still.generation().id(),
                        null, () -> followResults(results.refresh())).open());
        add(columns, new H3("Results"), results);
        event.getLocation().getQueryParameters().getSingleParameter(ASSET_PARAMETER).ifPresent(this::preselect);
        event.getLocation().getQueryParameters().getSingleParameter(ANIMATE_PARAMETER)
                .ifPresent(still -> animateReference(still, event.getLocation().getQueryParameters().getSingleParameter(ASSET_PARAMETER)));
        reassemble(true);
        followResults(results.refresh());
    }

    private Component picksColumn() {
        Div column = new Div();
        column.addClassName("generate-picks");
        for (Slot slot : Slot.values()) {
            Div panel = new Div();
            panel.addClassName("slot-panel");
            slotPanels.put(slot, panel);
            column.add(panel);
            showSlot(slot);
        }
        return column;
    }

    private Component settingsColumn() {
        provider.setLabel("Provider");
        provider.setItems(providers.available());
        provider.setItemLabelGenerator(GenerationProvider::displayName);
        provider.setValue(providers.defaultProvider());
        provider.addValueChangeListener(change -> {
            applyCapabilities();
            reassemble(false);
        });
        aspectRatio.setLabel("Aspect ratio");
        images.setMin(1);
        images.setValue(1);
        images.setStepButtonsVisible(true);
        seedMode.setItems(RANDOM, FIXED, SAVED);
        seedMode.setItemLabelGenerator(mode -> SAVED.equals(mode)
                ? (savedSeed == null ? "Talent's saved seed (none yet)" : savedSeedOwner + "'s seed " + savedSeed) : mode);
        seedMode.setItemEnabledProvider(mode -> !SAVED.equals(mode) || savedSeed != null);
        seedMode.setValue(RANDOM);
        seed.setPlaceholder("e.g. 4242");
        seed.setAllowedCharPattern("[0-9]");
        seed.setMaxLength(10);
        seed.setVisible(false);
        seedMode.addValueChangeListener(change -> seed.setVisible(FIXED.equals(change.getValue())));
        brand.setLabel("Brand profile");
        brand.setItems(brands.usable());
        brand.setItemLabelGenerator(profile -> profile == null ? "No brand" : profile.name());
        brand.setEmptySelectionAllowed(true);
        brand.setEmptySelectionCaption("No brand");
        brands.projectDefault().ifPresent(profile -> brand.setValue(brand.getListDataView().getItems()
                .filter(item -> item.id().equals(profile.id())).findFirst().orElse(null)));
        brand.addValueChangeListener(change -> reassemble(false));
        applyCapabilities();
        prompt.setWidthFull();
        prompt.setMinHeight("10em");
        prompt.setMaxLength(GenerationService.MAX_PROMPT_LENGTH);
        prompt.setHelperText("Assembled from the picks; you may edit it before generating");
        promptNotes.addClassName("prompt-notes");
        staleEdit.addClassName("stale-edit");
        staleEdit.setVisible(false);
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> submit());
        Div settings = new Div(provider, aspectRatio, images, seedMode, seed, brand);
        settings.addClassName("generate-settings");
        Div column = new Div(settings, prompt, staleEdit, promptNotes, generate);
        column.addClassName("generate-prompt");
        return column;
    }

    private void applyCapabilities() {
        ProviderCapabilities capabilities = provider.getValue().capabilities();
        aspectRatio.setItems(capabilities.aspectRatios());
        aspectRatio.setValue(capabilities.aspectRatios().getFirst());
        images.setMax(capabilities.maxImages());
        if (images.getValue() == null || images.getValue() > capabilities.maxImages()) {
            images.setValue(1);
        }
        images.setHelperText("1 to " + capabilities.maxImages());
    }

    private void showSlot(Slot slot) {
        Div panel = slotPanels.get(slot);
        panel.removeAll();
        List<Pick> chosen = picks.get(slot);
        Button choose = new Button(chosen.isEmpty() ? "Choose" : slot.multiple() ? "Add or change" : "Swap",
                chosen.isEmpty() ? VaadinIcon.PLUS.create() : VaadinIcon.EXCHANGE.create(), click -> openSelector(slot));
        choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        choose.setId("choose-" + slot.categorySlug());
        Div head = new Div(new Span(slot.label()), choose);
        head.addClassName("slot-head");
        panel.add(head);
        for (Pick pick : chosen) {
            panel.add(chip(pick));
        }
    }

    private Component chip(Pick pick) {
        Div picture = new Div();
        picture.addClassName("chip-picture");
        pick.asset().primaryImage().ifPresent(image -> picture.add(new Image(image.thumbnailUrl(), pick.asset().name())));
        Span name = new Span(pick.asset().name());
        name.addClassName("chip-name");
        Span version = new Span("v" + pick.asset().version() + (pick.asset().active() ? "" : " (pinned)"));
        version.addClassName("version-badge");
        Div text = new Div(name, version);
        if (!pick.contextSummary().isEmpty()) {
            Span context = new Span(pick.contextSummary());
            context.addClassName("chip-context");
            text.add(context);
        }
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove(pick));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel("Remove " + pick.asset().name());
        Div chip = new Div(picture, text, remove);
        chip.addClassName("pick-chip");
        return chip;
    }

    void openSelector(Slot slot) {
        new AssetSelectorDialog(slot, picks.get(slot), selectorServices, chosen -> {
            boolean hadEnvironment = !picks.get(Slot.ENVIRONMENT).isEmpty();
            picks.put(slot, new ArrayList<>(chosen));
            showSlot(slot);
            if (slot == Slot.ENVIRONMENT && !hadEnvironment) {
                defaultLighting();
            }
            reassemble(false);
        }).open();
    }

    void remove(Pick pick) {
        picks.get(pick.slot()).remove(pick);
        showSlot(pick.slot());
        reassemble(false);
    }

    /** An environment's default lighting comes with it, unless a lighting setup is chosen already. */
    private void defaultLighting() {
        if (!picks.get(Slot.LIGHTING).isEmpty() || picks.get(Slot.ENVIRONMENT).isEmpty()) {
            return;
        }
        AssetDetail environment = picks.get(Slot.ENVIRONMENT).getFirst().asset();
        if (environment.values().get("default_lighting") instanceof String lighting) {
            try {
                AssetDetail active = versions.resolve(UUID.fromString(lighting), null);
                picks.get(Slot.LIGHTING).add(Pick.of(Slot.LIGHTING, active));
                showSlot(Slot.LIGHTING);
                Notifications.success(active.name() + " comes with " + environment.name() + " as its default lighting.");
            } catch (UserFacingException | IllegalArgumentException gone) {
                // the default lighting was deleted: the environment simply comes alone
            }
        }
    }

    /** "Animate" on a reference image: the clip records the asset's active version. */
    private void animateReference(String stillKey, java.util.Optional<String> lineageId) {
        UsedAsset source = null;
        if (lineageId.isPresent()) {
            try {
                AssetDetail asset = versions.resolve(UUID.fromString(lineageId.get()), null);
                source = new UsedAsset(asset.lineageId(), asset.versionId(), asset.version(), asset.kind().name().toLowerCase(java.util.Locale.ROOT),
                        asset.name(), java.util.Map.of());
            } catch (UserFacingException | IllegalArgumentException gone) {
                // the still can be animated without its asset
            }
        }
        new AnimateDialog(generations, providers, stillKey, source == null ? "" : source.name(), null, source,
                () -> followResults(results.refresh())).open();
    }

    /** "Use in Generation": the asset's active version in the slot of its kind. */
    private void preselect(String lineageId) {
        try {
            AssetDetail asset = versions.resolve(UUID.fromString(lineageId), null);
            Slot slot = java.util.Arrays.stream(Slot.values())
                    .filter(candidate -> candidate.categorySlug().equals(asset.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new UserFacingException(asset.name() + " is not something a generation uses."));
            picks.get(slot).add(Pick.of(slot, asset));
            showSlot(slot);
            if (slot == Slot.ENVIRONMENT) {
                defaultLighting();
            }
        } catch (UserFacingException | IllegalArgumentException missing) {
            Notifications.error(missing.getMessage() == null ? "That asset no longer exists." : missing.getMessage());
        }
    }

    /**
     * Assembles the prompt again. An edited prompt is not overwritten: the user chooses between
     * keeping the edit and the new assembly.
     */
    /** The first talent's saved seed for the chosen provider, offered as a seed choice. */
    private void updateSavedSeed() {
        List<Pick> talents = picks.get(Slot.TALENT);
        GenerationProvider chosen = provider.getValue();
        savedSeed = talents.isEmpty() || chosen == null ? null
                : consistency.savedSeed(talents.getFirst().asset().lineageId(), chosen.id()).orElse(null);
        savedSeedOwner = talents.isEmpty() ? null : talents.getFirst().asset().name();
        if (savedSeed == null && SAVED.equals(seedMode.getValue())) {
            seedMode.setValue(RANDOM);
        }
        seedMode.getDataProvider().refreshAll();
    }

    void reassemble(boolean force) {
        updateSavedSeed();
        boolean edited = !prompt.getValue().equals(assembledText) && !prompt.getValue().isBlank();
        assembled = assembler.assemble(request());
        String previous = assembledText;
        assembledText = assembled.prompt();
        if (force || !edited) {
            prompt.setValue(assembledText);
            staleEdit.setVisible(false);
        } else if (!assembledText.equals(previous)) {
            offerReassembly();
        }
        showPromptNotes();
    }

    private void offerReassembly() {
        staleEdit.removeAll();
        Button keep = new Button("Keep my edit", click -> staleEdit.setVisible(false));
        Button replace = new Button("Use the new assembly", click -> {
            prompt.setValue(assembledText);
            staleEdit.setVisible(false);
        });
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        staleEdit.add(new Span("The picks changed since you edited the prompt."), keep, replace);
        staleEdit.setVisible(true);
    }

    private void showPromptNotes() {
        promptNotes.removeAll();
        if (!assembled.trimmed().isEmpty()) {
            promptNotes.add(new Paragraph("Trimmed to fit " + provider.getValue().displayName() + ": " + String.join(", ", assembled.trimmed()) + "."));
        }
        if (assembled.negativePrompt() != null && !assembled.negativePrompt().isBlank()) {
            promptNotes.add(new Paragraph("Negative prompt: " + assembled.negativePrompt()));
        }
        if (!assembled.references().isEmpty()) {
            promptNotes.add(new Paragraph("Reference images: " + String.join(", ", assembled.references().stream()
                    .map(reference -> reference.assetName() + " (" + reference.role().name().toLowerCase(java.util.Locale.ROOT) + ")").toList())));
        }
    }

    private PromptRequest request() {
        GenerationProvider chosen = provider.getValue();
        ProviderCapabilities capabilities = chosen.capabilities();
        ProviderProfile profile = new ProviderProfile(chosen.id(), capabilities.maxPromptLength(), capabilities.negativePrompt(),
                capabilities.maxReferences() > 0, capabilities.maxReferences());
        List<TalentPick> talents = picks.get(Slot.TALENT).stream().map(pick -> new TalentPick(pick.asset(), pick.talent())).toList();
        EnvironmentPick environment = picks.get(Slot.ENVIRONMENT).stream().findFirst()
                .map(pick -> new EnvironmentPick(pick.asset(), pick.environment())).orElse(null);
        BrandProfileView chosenBrand = brand.getValue();
        BrandTokens tokens = chosenBrand == null ? null : new BrandTokens(chosenBrand.name(), chosenBrand.tokensText(),
                chosenBrand.styleDescriptors(), chosenBrand.negativeTerms());
        return new PromptRequest(talents, environment, single(Slot.LIGHTING), picks.get(Slot.PROPS).stream().map(Pick::asset).toList(),
                single(Slot.CAMERA), single(Slot.STYLE), null, tokens, profile,
                fragments.of(allPicks().stream().map(pick -> pick.asset().versionId()).toList()));
    }

    private AssetDetail single(Slot slot) {
        return picks.get(slot).stream().findFirst().map(Pick::asset).orElse(null);
    }

    private List<Pick> allPicks() {
        return picks.values().stream().flatMap(List::stream).toList();
    }

    void submit() {
        try {
            Long chosenSeed = FIXED.equals(seedMode.getValue()) && !seed.getValue().isBlank() ? Long.valueOf(seed.getValue())
                    : SAVED.equals(seedMode.getValue()) ? savedSeed : null;
            List<UsedAsset> used = allPicks().stream().map(pick -> new UsedAsset(pick.asset().lineageId(), pick.asset().versionId(),
                    pick.asset().version(), pick.slot().role(), pick.asset().name(), pick.contextMap())).toList();
            List<Pick> talents = picks.get(Slot.TALENT);
            List<ProviderReference> references = ConsistentReferences.references(assembled.references(), talents, consistency);
            generations.submit(new GenerationOrder(provider.getValue().id(), used, assembledText, prompt.getValue(), assembled.negativePrompt(),
                    references, aspectRatio.getValue(), images.getValue() == null ? 1 : images.getValue(), chosenSeed,
                    brand.getValue() == null ? null : brand.getValue().id(), null, assembled.trimmed(),
                    ConsistentReferences.options(talents, consistency)));
            Notifications.success("Generating with " + provider.getValue().displayName() + "…");
            followResults(results.refresh());
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    /** While a generation runs, the page polls for its progress (no page reload needed). */
    void followResults(boolean running) {
        UI ui = UI.getCurrent();
        if (running && polling == null) {
            ui.setPollInterval(RESULTS_POLL_MILLIS);
            polling = ui.addPollListener(poll -> followResults(results.refresh()));
        } else if (!running && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }
}
