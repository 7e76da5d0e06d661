package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.LibraryHit;
import studio.thresho.asset.LibraryPage;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/**
 * The library browser: search, filters and view mode live in the URL; the grid shows cards a page
 * at a time (at most {@link LibraryCards#MAX_PAGES} pages, the first one's offset in the URL as
 * {@value #FROM_PARAMETER}), the list view loads rows lazily from the search index.
 */
@Route("")
@RouteAlias("library")
@PageTitle("Library · Thresho Studio")
@Menu(title = "Library", order = 10, icon = "vaadin:records")
@PermitAll
class LibraryView extends Div implements BeforeEnterObserver {

    static final String NO_PROJECT_SUBTITLE = "Global library · no project chosen yet";
    static final int PAGE_SIZE = 60;
    /** The offset of the first card shown, kept in the URL so that going back returns to the same cards. */
    static final String FROM_PARAMETER = "from";
    /** Keeps "Marcus (Lead Barber)" on one line beside eight other columns at 1440 px. */
    static final String LIST_NAME_WIDTH = "14rem";
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter
            .ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneId.systemDefault());
    /** Text columns sort A to Z; dates and counts newest or highest first. */
    private static final java.util.Set<SearchSort> ASCENDING_SORTS =
            java.util.EnumSet.of(SearchSort.NAME, SearchSort.CATEGORY, SearchSort.TAGS, SearchSort.SCOPE);

    private final AssetSearchService search;
    private final studio.thresho.asset.AssetBulkService bulk;
    private final CategoryService categories;
    private final CurrentProjectService currentProject;
    private final boolean canEdit;
    private final List<LibraryAction> actions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private LibraryFilters filters = LibraryFilters.NONE;
    private UUID projectId;
    private UUID categoryId;
    private int cardsFrom;

    LibraryView(AssetSearchService search, studio.thresho.asset.AssetBulkService bulk, CategoryService categories,
                CurrentProjectService currentProject, CurrentUser currentUser, List<LibraryAction> actions,
                org.springframework.context.ApplicationEventPublisher events) {
        this.actions = actions;
        this.events = events;
        this.search = search;
        this.bulk = bulk;
        this.categories = categories;
        this.currentProject = currentProject;
        this.canEdit = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        addClassName("library-page");
    }

    /** A page boundary from the URL; anything else (not a number, negative) is the first page. */
    private static int cardsFrom(QueryParameters parameters) {
        try {
            int from = parameters.getSingleParameter(FROM_PARAMETER).map(Integer::parseInt).orElse(0);
            return Math.max(0, from) / PAGE_SIZE * PAGE_SIZE;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters = LibraryFilters.from(event.getLocation().getQueryParameters());
        cardsFrom = cardsFrom(event.getLocation().getQueryParameters());
        render();
    }

    LibraryFilters filters() {
        return filters;
    }

    void apply(LibraryFilters changed) {
        UI.getCurrent().navigate(LibraryView.class, changed.toQueryParameters());
    }

    private void render() {
        removeAll();
        ProjectSummary project = currentProject.current().orElse(null);
        projectId = project == null ? null : project.id();
        List<CategoryNode> tree = categories.tree();
        categoryId = tree.stream().filter(node -> node.slug().equals(filters.category())).map(CategoryNode::id).findFirst().orElse(null);
        ViewHeader header = new ViewHeader("Library", project == null ? NO_PROJECT_SUBTITLE
                : project.name() + " · project library and global assets");
        actions.stream().filter(action -> canEdit || action.forViewers()).forEach(action -> header.addActions(action.create(this::render)));
        if (canEdit) {
            header.addActions(new NewAssetMenu(tree));
        }
        add(header);

        int from = filters.list() ? 0 : cardsFrom;
        LibraryPage first = search.search(filters.toSearch(projectId, categoryId, from, PAGE_SIZE));
        if (from > 0 && first.hits().isEmpty()) {
            // a bookmark past the end of what now matches starts over
            from = 0;
            first = search.search(filters.toSearch(projectId, categoryId, 0, PAGE_SIZE));
        }
        add(new LibraryFilterBar(filters, tree, first.tagCounts(), this::apply));
        if (SearchQuery.wouldCut(filters.text())) {
            Span cut = new Span("Only the first " + SearchQuery.MAX_TEXT_LENGTH + " characters and " + SearchQuery.MAX_TERMS
                    + " words of the search text were used.");
            cut.addClassName("search-cut-notice");
            cut.getElement().getThemeList().add("badge contrast");
            add(cut);
        }
        if (search.indexRebuilding()) {
            Span rebuilding = new Span("The search index is being rebuilt: results may be incomplete for a few minutes.");
            rebuilding.addClassName("index-rebuilding-notice");
            rebuilding.getElement().getThemeList().add("badge contrast");
            add(rebuilding);
        }
        if (filters.text() != null && !filters.text().isBlank()) {
            SearchVisit.searched(events, projectId, filters.text().trim(), first.hits().stream().map(hit -> hit.asset().lineageId()).toList());
        }
        if (first.total() == 0) {
            add(filters.narrows() ? noResults() : noAssets());
            return;
        }
        Span count = new Span(first.total() + (first.total() == 1 ? " asset" : " assets"));
        count.addClassName("library-count");
        add(count);
        if (filters.list()) {
            add(listView(tree));
        } else {
            add(cards(first, from));
        }
    }

    /** The card grid: a card is one element; its tag and history clicks and its hover preview are the grid's. */
    private LibraryCards cards(LibraryPage first, int from) {
        LibraryCards cards = new LibraryCards(first, from, PAGE_SIZE,
                offset -> search.search(filters.toSearch(projectId, categoryId, offset, PAGE_SIZE)),
                hit -> new AssetCard(hit.asset(), hit.highlightedName()), this::rememberCardsFrom);
        AssetCardEvents.install(cards.grid(), tag -> apply(filters.withOnlyTag(tag)), LibraryView::openHistory);
        cards.add(HoverPreview.shared(cards.grid(), lineage -> cards.grid().getChildren()
                .filter(AssetCard.class::isInstance).map(card -> ((AssetCard) card).asset())
                .filter(asset -> asset.lineageId().equals(lineage)).findFirst()));
        return cards;
    }

    private static void openHistory(UUID lineage) {
        UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, lineage.toString()),
                QueryParameters.of(AssetDetailView.SHOW_PARAMETER, AssetDetailView.SHOW_HISTORY));
    }

    /** Replaces the URL (no new history entry) so that back from a card's detail view returns to these cards. */
    private void rememberCardsFrom(int start) {
        cardsFrom = start;
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>(filters.toQueryParameters().getParameters());
        if (start > 0) {
            parameters.put(FROM_PARAMETER, List.of(String.valueOf(start)));
        }
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("library", new QueryParameters(parameters)));
    }

    private Component listView(List<CategoryNode> tree) {
        Grid<LibraryHit> grid = new Grid<>();
        grid.addClassName("library-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Div list = new Div();
        if (canEdit) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            BulkActions actions = new BulkActions(bulk, tree, () -> grid.getSelectedItems().stream()
                    .map(hit -> hit.asset().lineageId()).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                    report -> apply(filters));
            grid.addSelectionListener(selection -> actions.selectionChanged(selection.getAllSelectedItems().size()));
            list.add(actions);
        }
        list.add(grid);
        grid.addComponentColumn(LibraryView::listThumbnail).setHeader("").setWidth("72px").setFlexGrow(0);
        Map<SearchSort, Grid.Column<LibraryHit>> sortable = new EnumMap<>(SearchSort.class);
        sortable.put(SearchSort.NAME, grid.addComponentColumn(hit -> hit.highlightedName() == null ? new Span(hit.asset().nameWithRole())
                : new Html("<span>" + hit.highlightedName() + "</span>")).setHeader("Name").setWidth(LIST_NAME_WIDTH).setFlexGrow(3));
        sortable.put(SearchSort.CATEGORY, grid.addColumn(hit -> hit.asset().categoryName()).setHeader("Category").setFlexGrow(2));
        sortable.put(SearchSort.TAGS, grid.addColumn(hit -> String.join(", ", hit.asset().tags())).setHeader("Tags").setFlexGrow(2));
        sortable.put(SearchSort.SCOPE, grid.addColumn(hit -> hit.asset().global() ? "Global" : "Project").setHeader("Scope").setFlexGrow(1));
        sortable.put(SearchSort.CREATED, grid.addColumn(hit -> date(hit.asset().createdAt())).setHeader("Created").setFlexGrow(1));
        sortable.put(SearchSort.LAST_USED, grid.addColumn(hit -> date(hit.asset().lastUsedAt())).setHeader("Last used").setFlexGrow(1));
        sortable.put(SearchSort.USAGE, grid.addColumn(hit -> hit.asset().usageCount()).setHeader("Usage").setFlexGrow(1));
        grid.addColumn(hit -> hit.asset().versionBadge()).setHeader("Version").setFlexGrow(1);
        grid.addColumn(hit -> hit.asset().draft() ? "Draft" : "Complete").setHeader("Status").setFlexGrow(1);
        sortable.forEach((sort, column) -> column.setSortable(true).setKey(sort.name()));
        // the index sorts; a header click becomes the sort filter, so it lands in the URL like any other
        grid.addSortListener(sort -> {
            if (!sort.getSortOrder().isEmpty()) {
                SearchSort chosen = SearchSort.valueOf(sort.getSortOrder().getFirst().getSorted().getKey());
                if (chosen != filters.sort()) {
                    apply(filters.withSort(chosen));
                }
            }
        });
        if (sortable.containsKey(filters.sort())) {
            grid.sort(List.of(new GridSortOrder<>(sortable.get(filters.sort()),
                    ASCENDING_SORTS.contains(filters.sort()) ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        }
        grid.setItems(query -> search.search(filters.toSearch(projectId, categoryId, query.getOffset(), query.getLimit())).hits().stream(),
                query -> (int) search.search(filters.toSearch(projectId, categoryId, 0, 1)).total());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(AssetDetailView.class,
                new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, click.getItem().asset().lineageId().toString())));
        grid.setHeight("70vh");
        return list;
    }

    /** The grid sends no row-hover event: each row's thumbnail carries its own hover preview. */
    static Component listThumbnail(LibraryHit hit) {
        Div cell = new Div(hit.asset().thumbnailUrl() == null ? IconChoices.icon(hit.asset().categoryIcon())
                : new Image(hit.asset().thumbnailUrl(), hit.asset().name()));
        cell.addClassName("list-thumbnail");
        cell.add(HoverPreview.attach(cell, hit.asset()));
        return cell;
    }

    private static String date(java.time.Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    private Component noAssets() {
        Component[] actions = canEdit ? new Component[] {new NewAssetMenu(categories.tree())} : new Component[0];
        return new EmptyState(VaadinIcon.PICTURE, "No assets yet",
                canEdit ? "Add talent, environments, props, wardrobe, lighting setups, camera profiles and style references "
                        + "with \"New asset\"; they appear here and in every generation."
                        : "Editors add talent, environments and the rest; they will appear here.", actions);
    }

    private Component noResults() {
        Button clear = new Button("Clear filters", VaadinIcon.CLOSE_SMALL.create(), click -> apply(filters.cleared()));
        clear.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new EmptyState(VaadinIcon.SEARCH, "Nothing matches",
                "No asset matches " + String.join(", ", filters.describe()) + ".", clear);
    }
}
