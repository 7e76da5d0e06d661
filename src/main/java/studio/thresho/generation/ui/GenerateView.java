package studio.thresho.generation.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.generation.GenerationPlanner;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.Slot;
import studio.thresho.generation.UsedAsset;
import studio.thresho.media.ShareLinkService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * The Generate page (FR-6): pick talent, environment, lighting, props, camera and style through the
 * asset selector, give each its context, see the prompt the server plans from them (and edit it),
 * choose the provider and settings, generate, and follow the results below.
 */
@Route("generate")
@PageTitle("Generate · Thresho Studio")
@Menu(title = "Generate", order = 15, icon = "vaadin:magic")
@RolesAllowed(Role.Names.EDITOR)
class GenerateView extends Div implements BeforeEnterObserver {

    static final String ASSET_PARAMETER = "asset";
    /** A reference image to animate, from an asset's page ({@code ?animate=<media key>&asset=<lineage>}). */
    static final String ANIMATE_PARAMETER = "animate";
    static final int RESULTS_POLL_MILLIS = 1000;

    final Button generate = new Button("Generate", VaadinIcon.MAGIC.create());
    PicksPanel picksPanel;
    GenerationSettings settings;
    PromptEditor editor;
    GenerationResults results;
    Map<Slot, List<Pick>> picks;
    Map<Slot, Div> slotPanels;
    Select<GenerationProvider> provider;
    RadioButtonGroup<String> seedMode;
    TextField seed;
    TextArea prompt;
    Div staleEdit;

    private final GenerationService generations;
    private final GenerationPlanner planner;
    private final ProviderRegistry providers;
    private final BrandProfileService brands;
    private final AssetSelectorDialog.Services selectorServices;
    private final CurrentProjectService currentProject;
    private final ConsistencyService consistency;
    private final ResultScoreService scores;
    private final ShareLinkService shareLinks;
    private final ResultPromotionService promotions;
    private Registration polling;

    GenerateView(GenerationService generations, GenerationPlanner planner, ProviderRegistry providers, BrandProfileService brands,
                 AssetSelectorDialog.Services selectorServices, CurrentProjectService currentProject, ConsistencyService consistency,
                 ResultScoreService scores, ShareLinkService shareLinks, ResultPromotionService promotions) {
        this.generations = generations;
        this.promotions = promotions;
        this.shareLinks = shareLinks;
        this.scores = scores;
        this.planner = planner;
        this.providers = providers;
        this.brands = brands;
        this.selectorServices = selectorServices;
        this.currentProject = currentProject;
        this.consistency = consistency;
        addClassName("page");
        addClassName("generate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ProjectSummary> project = currentProject.current();
        if (project.isEmpty()) {
            add(new EmptyState(VaadinIcon.FOLDER_O, "Choose a project first",
                    "Generations belong to a project: pick one in the selector at the top.", new Span()));
            return;
        }
        add(new ViewHeader("Generate", project.get().name() + " · pick assets, say what happens, generate"));
        picksPanel = new PicksPanel(selectorServices, () -> reassemble(false));
        settings = new GenerationSettings(providers, brands, consistency, () -> reassemble(false));
        editor = new PromptEditor(() -> reassemble(false));
        picks = picksPanel.picks;
        slotPanels = picksPanel.slotPanels;
        provider = settings.provider;
        seedMode = settings.seedMode;
        seed = settings.seed;
        prompt = editor.prompt;
        staleEdit = editor.staleEdit;
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> submit());
        Div promptColumn = new Div(settings, editor, generate);
        promptColumn.addClassName("generate-prompt");
        Div columns = new Div(picksPanel, promptColumn);
        columns.addClassName("generate-columns");
        results = new GenerationResults(generations, scores, selectorServices.media(), shareLinks, consistency,
                promotion -> new PromoteDialog(promotions, promotion.generation(), promotion.image()).open(),
                still -> new AnimateDialog(generations, providers, still.image().mediaKey(), still.generation().prompt(), still.generation().id(),
                        null, () -> followResults(results.refresh())).open());
        add(columns, new H3("Results"), results);
        event.getLocation().getQueryParameters().getSingleParameter(ASSET_PARAMETER).ifPresent(picksPanel::preselect);
        event.getLocation().getQueryParameters().getSingleParameter(ANIMATE_PARAMETER)
                .ifPresent(still -> animateReference(still, event.getLocation().getQueryParameters().getSingleParameter(ASSET_PARAMETER)));
        reassemble(true);
        followResults(results.refresh());
    }

    void openSelector(Slot slot) {
        picksPanel.openSelector(slot);
    }

    void remove(Pick pick) {
        picksPanel.remove(pick);
    }

    /** Plans again on the server and shows the plan; an edited prompt stays until the user chooses. */
    void reassemble(boolean force) {
        List<Pick> talents = picksPanel.talents();
        settings.offerSavedSeed(talents.isEmpty() ? null : talents.getFirst());
        try {
            editor.show(planner.plan(request()), force);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private PlanRequest request() {
        return new PlanRequest(settings.chosenProvider().id(), picksPanel.planned(), null, settings.brandId(), settings.aspectRatio.getValue(),
                settings.imageCount(), settings.seedChoice(), null, null, editor.switchedOff);
    }

    void submit() {
        try {
            generations.submit(request().withEditedPrompt(editor.edit()));
            generatingNotice = Notifications.success("Generating with " + settings.chosenProvider().displayName() + "…");
            followResults(results.refresh());
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    /** "Animate" on a reference image: the clip records the asset's active version. */
    private void animateReference(String stillKey, Optional<String> lineageId) {
        UsedAsset source = null;
        if (lineageId.isPresent()) {
            try {
                AssetDetail asset = selectorServices.versions().resolve(UUID.fromString(lineageId.get()), null);
                source = new UsedAsset(asset.lineageId(), asset.versionId(), asset.version(), asset.kind().name().toLowerCase(Locale.ROOT),
                        asset.name(), Map.of());
            } catch (UserFacingException | IllegalArgumentException gone) {
                // the still can be animated without its asset
            }
        }
        new AnimateDialog(generations, providers, stillKey, source == null ? "" : source.name(), null, source,
                () -> followResults(results.refresh())).open();
    }

    /** While a generation runs, the page polls for its progress (no page reload needed). */
    com.vaadin.flow.component.notification.Notification generatingNotice;

    void followResults(boolean running) {
        UI ui = UI.getCurrent();
        if (!running && generatingNotice != null) {
            // the result is on the page: a toast still saying "Generating…" would contradict it
            generatingNotice.close();
            generatingNotice = null;
        }
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
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
        super.onDetach(detachEvent);
    }
}
