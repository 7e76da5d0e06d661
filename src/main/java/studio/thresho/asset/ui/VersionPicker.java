package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import studio.thresho.asset.VersionSummary;

/**
 * The From and To versions of a comparison, and Swap. Made anew for every comparison shown, so a
 * listener never outlives the comparison it belongs to: a choice opens the comparison it names.
 */
class VersionPicker extends Div {

    final Select<VersionSummary> from = new Select<>();
    final Select<VersionSummary> to = new Select<>();
    final Button swap;

    /**
     * @param open opens the comparison of two version numbers, from and to
     */
    VersionPicker(List<VersionSummary> history, String fromVersion, String toVersion, BiConsumer<String, String> open) {
        addClassName("compare-selectors");
        from.setLabel("From");
        to.setLabel("To");
        for (Select<VersionSummary> select : List.of(from, to)) {
            select.setItems(history);
            select.setItemLabelGenerator(VersionSummary::label);
        }
        from.setValue(find(history, fromVersion));
        to.setValue(find(history, toVersion));
        from.addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().version().equals(fromVersion)) {
                open.accept(change.getValue().version(), toVersion);
            }
        });
        to.addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().version().equals(toVersion)) {
                open.accept(fromVersion, change.getValue().version());
            }
        });
        swap = new Button("Swap", VaadinIcon.EXCHANGE.create(), click -> open.accept(toVersion, fromVersion));
        swap.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(from, swap, to);
    }

    private static VersionSummary find(List<VersionSummary> history, String version) {
        return history.stream().filter(summary -> summary.version().equals(version)).findFirst().orElse(null);
    }
}
