package studio.thresho.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.LibraryPage;
import studio.thresho.asset.VersionSummary;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.asset.ui.SearchVisit;
import studio.thresho.generation.Slot;
import studio.thresho.media.MediaService;
import studio.thresho.media.UrlImporter;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;

/**
 * The spec's Asset Selector: search, project/global filter, category tabs, cards to tick (one or,
 * for talent and props, several), and under the selection each asset's version and context.
 */
public class AssetSelectorDialog extends Dialog {

    static final int MAX_CARDS = 48;
    static final String BOTH = "Project and global";
    static final String PROJECT = "This project";
    static final String GLOBAL = "Global library";

    /** What the services behind the dialog are. */
    public record Services(AssetSearchService search, AssetService assets, AssetVersionService versions, CategoryService categories,
                    MediaService media, UrlImporter urls, CurrentProjectService currentProject, ApplicationEventPublisher events) {
    }

    public final TextField search = new TextField();
    final Select<String> scope = new Select<>();
    final Tabs tabs = new Tabs();
    final Div cards = new Div();
    final Div selection = new Div();
    final Button confirm = new Button();
    final Button addNew = new Button("Add new", VaadinIcon.PLUS.create());
    final Span count = new Span();

    private final Slot slot;
    private final Services services;
    private final Consumer<List<Pick>> onConfirm;
    private final Map<Tab, UUID> tabCategories = new LinkedHashMap<>();
    private final Map<UUID, Chosen> chosen = new LinkedHashMap<>();
    private final UUID rootCategoryId;
    private List<AssetSummary> wardrobeChoices;
    private AssetSummary offeredWardrobe;

    /** A ticked asset: its card data, the version picked and the context being entered. */
    private record Chosen(UUID lineageId, String name, Select<VersionSummary> version, ContextFields context) {
    }

    public AssetSelectorDialog(Slot slot, List<Pick> current, Services services, Consumer<List<Pick>> onConfirm) {
        this.slot = slot;
        this.services = services;
        this.onConfirm = onConfirm;
        addClassName("asset-selector");
        setHeaderTitle("Choose " + (slot.multiple() ? slot.label().toLowerCase() : "the " + slot.label().toLowerCase()));
        setWidth("min(1100px, 96vw)");
        setHeight("90vh");
        List<CategoryNode> structure = services.categories().structure();
        CategoryNode root = structure.stream().filter(node -> node.slug().equals(slot.categorySlug()) && node.system()).findFirst()
                .orElseThrow();
        rootCategoryId = root.id();
        Tab all = new Tab("All");
        tabCategories.put(all, root.id());
        tabs.add(all);
        structure.stream().filter(node -> root.id().equals(node.parentId())).forEach(node -> {
            Tab tab = new Tab(node.name());
            tabCategories.put(tab, node.id());
            tabs.add(tab);
        });
        tabs.addSelectedChangeListener(change -> refresh());
        search.setPlaceholder("Search " + slot.label().toLowerCase() + " by name, description, tags…");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        scope.setItems(BOTH, PROJECT, GLOBAL);
        scope.setValue(BOTH);
        scope.addValueChangeListener(change -> refresh());
        addNew.addClickListener(click -> new QuickAddDialog(slot, rootCategoryId, services, this::quickAdded).open());
        Div toolbar = new Div(search, scope, addNew);
        toolbar.addClassName("selector-toolbar");
        cards.addClassName("selector-cards");
        selection.addClassName("selector-selection");
        count.addClassName("dialog-note");
        add(toolbar, tabs, count, cards, selection);
        current.forEach(pick -> choose(pick.asset().lineageId(), pick.asset().name(), pick.asset().versionId(), pick));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        refresh();
        showSelection();
    }

    void refresh() {
        cards.removeAll();
        UUID category = tabCategories.get(tabs.getSelectedTab());
        LibraryPage page = services.search().search(new SearchQuery(search.getValue(), scopes(), category, List.of(), false, null, null,
                null, search.getValue().isBlank() ? SearchSort.NAME : SearchSort.RELEVANCE, 0, MAX_CARDS));
        page.hits().forEach(hit -> cards.add(card(hit.asset())));
        if (!search.getValue().isBlank()) {
            SearchVisit.searched(services.events(), projectId(), search.getValue().trim(),
                    page.hits().stream().map(hit -> hit.asset().lineageId()).toList());
        }
        count.setText(page.total() == 0 ? "Nothing matches; add a new one with \"Add new\"."
                : page.total() > MAX_CARDS ? "Showing " + MAX_CARDS + " of " + page.total() + "; search to narrow down."
                : page.total() + (page.total() == 1 ? " asset" : " assets"));
    }

    private UUID projectId() {
        return services.currentProject().current().map(ProjectSummary::id).orElse(null);
    }

    private Set<String> scopes() {
        String project = services.currentProject().current().map(ProjectSummary::id).map(UUID::toString).orElse("none");
        return switch (scope.getValue()) {
            case PROJECT -> Set.of(project);
            case GLOBAL -> Set.of(SearchQuery.GLOBAL_SCOPE);
            default -> Set.of(project, SearchQuery.GLOBAL_SCOPE);
        };
    }

    private Div card(AssetSummary asset) {
        Checkbox tick = new Checkbox(chosen.containsKey(asset.lineageId()));
        tick.setAriaLabel("Select " + asset.name());
        Div picture = new Div();
        picture.addClassName("selector-card-picture");
        if (asset.thumbnailUrl() != null) {
            picture.add(new Image(asset.thumbnailUrl(), asset.name()));
        }
        Span name = new Span(asset.nameWithRole());
        name.addClassName("selector-card-name");
        Span meta = new Span(asset.categoryName() + " · " + asset.versionBadge() + (asset.global() ? " · global" : ""));
        meta.addClassName("version-badge");
        Div card = new Div(picture, new Div(tick, name), meta);
        card.addClassName("selector-card");
        card.getElement().setAttribute("data-lineage", asset.lineageId().toString());
        if (tick.getValue()) {
            card.addClassName("selected");
        }
        tick.addValueChangeListener(change -> {
            if (change.getValue()) {
                SearchVisit.opened(services.events(), projectId(), asset.lineageId());
                choose(asset.lineageId(), asset.name(), null, null);
            } else {
                chosen.remove(asset.lineageId());
            }
            refresh();
            showSelection();
        });
        return card;
    }

    /** Ticks an asset (for a single slot, instead of the one ticked before). */
    void choose(UUID lineageId, String name, UUID versionId, Pick existing) {
        if (!slot.multiple()) {
            chosen.clear();
        }
        List<VersionSummary> history = services.versions().history(lineageId);
        Select<VersionSummary> version = new Select<>();
        version.setLabel("Version");
        version.setItems(history);
        version.setItemLabelGenerator(VersionSummary::label);
        version.setValue(history.stream().filter(v -> versionId == null ? v.active() : v.versionId().equals(versionId)).findFirst()
                .orElse(history.getFirst()));
        ContextFields context = new ContextFields(slot, existing == null ? null : existing.talent(),
                existing == null ? null : existing.environment(), wardrobeChoices(), existing == null ? offeredWardrobe : existing.wardrobe());
        chosen.put(lineageId, new Chosen(lineageId, name, version, context));
    }

    /** The Wardrobe assets of the library, read once per dialog and only for talent. */
    private List<AssetSummary> wardrobeChoices() {
        if (slot != Slot.TALENT) {
            return List.of();
        }
        if (wardrobeChoices == null) {
            wardrobeChoices = services.assets().referenceChoices("wardrobe");
        }
        return wardrobeChoices;
    }

    /** "Use in Generation" on a Wardrobe asset: talent ticked next wears it. */
    AssetSelectorDialog offering(AssetSummary wardrobe) {
        this.offeredWardrobe = wardrobe;
        return this;
    }

    /** A quick-added asset joins the selection at once. */
    private void quickAdded(AssetDetail created) {
        choose(created.lineageId(), created.name(), created.versionId(), null);
        search.setValue("");
        refresh();
        showSelection();
    }

    private void showSelection() {
        selection.removeAll();
        if (!chosen.isEmpty()) {
            selection.add(new H4("Selected"));
        }
        for (Chosen one : chosen.values()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                chosen.remove(one.lineageId());
                refresh();
                showSelection();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel("Remove " + one.name());
            Div head = new Div(new Span(one.name()), one.version(), remove);
            head.addClassName("selector-chosen-head");
            Div entry = new Div(head);
            if (one.context().hasFields()) {
                entry.add(one.context());
            }
            entry.addClassName("selector-chosen");
            selection.add(entry);
        }
        confirm.setText(chosen.isEmpty() ? "Confirm: none" : "Confirm (" + chosen.size() + ")");
    }

    List<UUID> chosenLineages() {
        return new ArrayList<>(chosen.keySet());
    }

    ContextFields contextOf(UUID lineageId) {
        return chosen.get(lineageId).context();
    }

    Select<VersionSummary> versionOf(UUID lineageId) {
        return chosen.get(lineageId).version();
    }

    public void confirm() {
        List<Pick> picks = new ArrayList<>();
        for (Chosen one : chosen.values()) {
            AssetDetail version = services.versions().resolve(one.lineageId(), one.version().getValue().versionId());
            picks.add(new Pick(slot, version, one.context().talent(), one.context().environment(), one.context().wardrobeChoice()));
        }
        close();
        onConfirm.accept(picks);
    }
}
