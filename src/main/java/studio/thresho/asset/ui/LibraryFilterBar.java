package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import studio.thresho.asset.Source;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.search.SearchSort;

/** Search box and filters of the library; every change produces new {@link LibraryFilters}. */
class LibraryFilterBar extends Div {

    private static final int SEARCH_DELAY_MILLIS = 350;

    final TextField search = new TextField();
    final Select<LibraryFilters.Scope> scope = new Select<>();
    final Select<String> category = new Select<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Select<String> tagMode = new Select<>();
    final Select<String> source = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<SearchSort> sort = new Select<>();
    final Button grid = new Button(VaadinIcon.GRID_SMALL.create());
    final Button list = new Button(VaadinIcon.LIST.create());
    final com.vaadin.flow.component.checkbox.Checkbox archived = new com.vaadin.flow.component.checkbox.Checkbox("Archived");
    /** The mock-up's quick chips, one per top-level category, keyed by slug ("" for All). */
    final Map<String, Button> chips = new java.util.LinkedHashMap<>();
    /** On a narrow screen the filters fold behind this button (CSS hides it on wide ones). */
    final Button filtersToggle = new Button("Filters", VaadinIcon.FILTER.create());

    LibraryFilterBar(LibraryFilters filters, List<CategoryNode> categories, Map<String, Integer> tagCounts, Consumer<LibraryFilters> onChange) {
        addClassName("library-filters");
        search.setPlaceholder("Search by name, description, tags, attributes…");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        search.setValue(filters.text() == null ? "" : filters.text());
        search.addClassName("library-search");
        search.addValueChangeListener(change -> onChange.accept(filters.withText(change.getValue())));

        scope.setLabel("Scope");
        scope.setItems(LibraryFilters.Scope.values());
        scope.setItemLabelGenerator(value -> switch (value) {
            case BOTH -> "Project and global";
            case PROJECT -> "This project";
            case GLOBAL -> "Global library";
        });
        scope.setValue(filters.scope());
        scope.addValueChangeListener(change -> onChange.accept(filters.withScope(change.getValue())));

        category.setLabel("Category");
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All");
        category.setItems(categories.stream().map(CategoryNode::slug).toList());
        category.setItemLabelGenerator(slug -> slug == null ? "All" : categories.stream().filter(node -> node.slug().equals(slug))
                .map(node -> "\u2003".repeat(node.depth()) + node.name()).findFirst().orElse(slug));
        if (filters.category() != null && categories.stream().anyMatch(node -> node.slug().equals(filters.category()))) {
            category.setValue(filters.category());
        }
        category.addValueChangeListener(change -> onChange.accept(filters.withCategory(change.getValue())));

        tags.setLabel("Tags");
        List<String> tagItems = new ArrayList<>(new LinkedHashSet<>(filters.tags()));
        tagCounts.keySet().stream().filter(tag -> !tagItems.contains(tag)).forEach(tagItems::add);
        tags.setItems(tagItems);
        tags.setItemLabelGenerator(tag -> tagCounts.containsKey(tag) ? tag + " (" + tagCounts.get(tag) + ")" : tag);
        tags.setValue(new LinkedHashSet<>(filters.tags()));
        tags.addValueChangeListener(change -> onChange.accept(filters.withTags(new ArrayList<>(change.getValue()), filters.allTags())));
        tagMode.setLabel("Match");
        tagMode.setItems("any", "all");
        tagMode.setItemLabelGenerator(mode -> "all".equals(mode) ? "All tags" : "Any tag");
        tagMode.setValue(filters.allTags() ? "all" : "any");
        tagMode.addValueChangeListener(change -> onChange.accept(filters.withTags(filters.tags(), "all".equals(change.getValue()))));

        source.setLabel("Source");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any");
        source.setItems(java.util.Arrays.stream(Source.values()).map(Source::dbValue).toList());
        source.setItemLabelGenerator(value -> value == null ? "Any" : java.util.Arrays.stream(Source.values())
                .filter(s -> s.dbValue().equals(value)).map(Source::label).findFirst().orElse(value));
        if (filters.source() != null) {
            source.setValue(filters.source());
        }
        source.addValueChangeListener(change -> onChange.accept(filters.withSource(change.getValue())));

        from.setLabel("Created from");
        to.setLabel("to");
        from.setValue(filters.createdFrom());
        to.setValue(filters.createdTo());
        from.addValueChangeListener(change -> onChange.accept(filters.withCreated(change.getValue(), filters.createdTo())));
        to.addValueChangeListener(change -> onChange.accept(filters.withCreated(filters.createdFrom(), change.getValue())));

        sort.setLabel("Sort");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(value -> switch (value) {
            case RELEVANCE -> "Relevance";
            case NAME -> "Name";
            case CATEGORY -> "Category";
            case TAGS -> "Tags";
            case SCOPE -> "Global first";
            case CREATED -> "Newest";
            case LAST_USED -> "Last used";
            case USAGE -> "Most used";
        });
        sort.setValue(filters.sort());
        sort.addValueChangeListener(change -> onChange.accept(filters.withSort(change.getValue())));

        grid.setAriaLabel("Grid view");
        grid.setTooltipText("Grid");
        list.setAriaLabel("List view");
        list.setTooltipText("List");
        grid.addThemeVariants(filters.list() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        list.addThemeVariants(filters.list() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        grid.addClickListener(click -> onChange.accept(filters.withList(false)));
        list.addClickListener(click -> onChange.accept(filters.withList(true)));
        Div views = new Div(grid, list);
        views.addClassName("library-view-switch");

        archived.setValue(filters.archived());
        archived.setTooltipText("Show only archived assets");
        archived.addValueChangeListener(change -> onChange.accept(filters.withArchived(change.getValue())));

        Div row = new Div(scope, category, tags, tagMode, source, from, to, sort, archived, views);
        row.addClassName("library-filter-row");
        filtersToggle.addClassName("filters-toggle");
        filtersToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        filtersToggle.addClickListener(click -> row.getClassNames().set("open", !row.hasClassName("open")));
        Div top = new Div(search, filtersToggle);
        top.addClassName("library-search-row");
        add(top, categoryChips(filters, categories, onChange), row);
    }

    private Div categoryChips(LibraryFilters filters, List<CategoryNode> categories, Consumer<LibraryFilters> onChange) {
        Div row = new Div();
        row.addClassName("category-chips");
        chips.put("", chip("All", filters.category() == null, () -> onChange.accept(filters.withCategory(null))));
        categories.stream().filter(node -> node.depth() == 0).forEach(node -> chips.put(node.slug(),
                chip(node.name(), node.slug().equals(filters.category()), () -> onChange.accept(filters.withCategory(node.slug())))));
        chips.values().forEach(row::add);
        return row;
    }

    private static Button chip(String label, boolean chosen, Runnable choose) {
        Button chip = new Button(label, click -> choose.run());
        chip.addClassName("category-chip");
        chip.addThemeVariants(ButtonVariant.LUMO_SMALL, chosen ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        return chip;
    }
}
