package studio.thresho.generation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.generation.GenerationHistory;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;

/**
 * Every generation of the current project, newest first, loaded a page at a time and filtered by
 * talent, provider, user, status and date; a row opens the generation's record.
 */
@Route("generations")
@PageTitle("Generations · Thresho Studio")
@Menu(title = "Generations", order = 16, icon = "vaadin:pictures")
@PermitAll
class GenerationsView extends Div {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final ComboBox<AssetSummary> talent = new ComboBox<>("Talent");
    final Select<String> provider = new Select<>();
    final Select<UUID> user = new Select<>();
    final Select<GenerationStatus> status = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<GenerationView> grid = new Grid<>();

    private final GenerationHistory history;
    private final Map<UUID, String> creators;

    GenerationsView(GenerationHistory history, AssetService assets, ProviderRegistry providers) {
        this.history = history;
        this.creators = history.creators();
        addClassName("page");
        addClassName("generations-page");
        add(new ViewHeader("Generations", "Every generation of this project, newest first. Open one to see exactly what was sent."));

        talent.setItems(assets.referenceChoices("talent"));
        talent.setItemLabelGenerator(AssetSummary::name);
        talent.setClearButtonVisible(true);
        Map<String, String> providerNames = providers.all().stream()
                .collect(Collectors.toMap(GenerationProvider::id, GenerationProvider::displayName, (a, b) -> a, java.util.LinkedHashMap::new));
        provider.setLabel("Provider");
        provider.setEmptySelectionAllowed(true);
        provider.setEmptySelectionCaption("Any");
        provider.setItems(providerNames.keySet());
        provider.setItemLabelGenerator(id -> id == null ? "Any" : providerNames.getOrDefault(id, id));
        user.setLabel("User");
        user.setEmptySelectionAllowed(true);
        user.setEmptySelectionCaption("Anyone");
        user.setItems(creators.keySet());
        user.setItemLabelGenerator(id -> id == null ? "Anyone" : creators.getOrDefault(id, "Unknown"));
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setItems(Arrays.asList(GenerationStatus.values()));
        status.setItemLabelGenerator(value -> value == null ? "Any" : value.label());
        Div filters = new Div(talent, provider, user, status, from, to);
        filters.addClassName("library-filter-row");
        filters.addClassName("generation-filters");
        add(filters);

        grid.addClassName("generations-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(GenerationsView::thumbnail).setHeader("").setWidth("88px").setFlexGrow(0);
        grid.addColumn(generation -> TIME.format(generation.createdAt())).setHeader("Created").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GenerationView::providerName).setHeader("Provider").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(generation -> generation.assets().stream().map(asset -> asset.name() + " v" + asset.version())
                .collect(Collectors.joining(", "))).setHeader("Assets").setFlexGrow(2);
        grid.addColumn(generation -> generation.createdBy() == null ? "" : creators.getOrDefault(generation.createdBy(), ""))
                .setHeader("User").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(generation -> generation.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setPageSize(PAGE_SIZE);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setHeight("70vh");
        add(grid);
        talent.addValueChangeListener(change -> reload());
        provider.addValueChangeListener(change -> reload());
        user.addValueChangeListener(change -> reload());
        status.addValueChangeListener(change -> reload());
        from.addValueChangeListener(change -> reload());
        to.addValueChangeListener(change -> reload());
        reload();
    }

    GenerationHistory.Filter filter() {
        return new GenerationHistory.Filter(talent.getValue() == null ? null : talent.getValue().lineageId(), provider.getValue(),
                user.getValue(), status.getValue(), from.getValue(), to.getValue());
    }

    private void reload() {
        GenerationHistory.Filter filter = filter();
        grid.setItems(query -> history.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) history.count(filter));
    }

    static void open(UUID generationId) {
        UI.getCurrent().navigate(GenerationRecordView.class, new RouteParameters(GenerationRecordView.ID_PARAMETER, generationId.toString()));
    }

    private static Component thumbnail(GenerationView generation) {
        return generation.results().stream().filter(image -> !image.video()).findFirst()
                .<Component>map(image -> new Image(image.thumbnailUrl(), "Result"))
                .orElseGet(() -> new Span(VaadinIcon.PICTURE.create()));
    }
}
