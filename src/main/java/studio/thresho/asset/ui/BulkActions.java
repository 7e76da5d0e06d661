package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import studio.thresho.asset.AssetBulkService;
import studio.thresho.asset.BulkReport;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;

/** The toolbar of the list view's selection: tags, category, promotion and deletion for many assets at once. */
class BulkActions extends Div {

    final Span count = new Span();
    final Button addTags = new Button("Add tags", VaadinIcon.TAG.create());
    final Button removeTags = new Button("Remove tags");
    final Button move = new Button("Move to…");
    final Button promote = new Button("Promote to global", VaadinIcon.GLOBE.create());
    final Button delete = new Button("Delete", VaadinIcon.TRASH.create());

    private final AssetBulkService bulk;
    private final Supplier<Set<UUID>> selection;
    private final Consumer<BulkReport> onDone;

    BulkActions(AssetBulkService bulk, List<CategoryNode> categories, Supplier<Set<UUID>> selection, Consumer<BulkReport> onDone) {
        this.bulk = bulk;
        this.selection = selection;
        this.onDone = onDone;
        addClassName("bulk-actions");
        addTags.addClickListener(click -> askTags("Add tags", tags -> bulk.addTags(selection.get(), tags)));
        removeTags.addClickListener(click -> askTags("Remove tags", tags -> bulk.removeTags(selection.get(), tags)));
        move.addClickListener(click -> askCategory(categories));
        promote.addClickListener(click -> run(() -> bulk.promoteToGlobal(selection.get())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete " + selection.get().size() + " assets?",
                    "Assets used by generations or shot lists are refused and can be archived instead.", "Delete",
                    event -> run(() -> bulk.delete(selection.get())));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.open();
        });
        List.of(addTags, removeTags, move, promote, delete).forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL));
        add(count, addTags, removeTags, move, promote, delete);
        selectionChanged(0);
    }

    void selectionChanged(int selected) {
        count.setText(selected == 0 ? "Select assets for bulk actions" : selected + " selected");
        List.of(addTags, removeTags, move, promote, delete).forEach(button -> button.setEnabled(selected > 0));
    }

    private void askTags(String title, Function<List<String>, BulkReport> action) {
        TextField tags = new TextField("Tags");
        tags.setPlaceholder("lead-cast, barber");
        tags.setHelperText("Separate tags with commas");
        tags.setWidthFull();
        ask(title, tags, () -> action.apply(Arrays.stream(tags.getValue().split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()));
    }

    private void askCategory(List<CategoryNode> categories) {
        Select<CategoryNode> target = new Select<>();
        target.setLabel("Category");
        target.setItems(categories);
        target.setItemLabelGenerator(node -> node == null ? "" : "\u2003".repeat(node.depth()) + node.name());
        target.setWidthFull();
        ask("Move to category", target, () -> {
            if (target.getValue() == null) {
                throw new UserFacingException("Choose a category.");
            }
            return bulk.moveToCategory(selection.get(), target.getValue().id());
        });
    }

    private void ask(String title, com.vaadin.flow.component.Component input, Supplier<BulkReport> action) {
        Dialog dialog = new Dialog(input);
        dialog.setHeaderTitle(title);
        Button apply = new Button(title, click -> {
            run(action);
            dialog.close();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), apply);
        dialog.open();
    }

    private void run(Supplier<BulkReport> action) {
        try {
            BulkReport report = action.get();
            showReport(report);
            onDone.accept(report);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private static void showReport(BulkReport report) {
        Div lines = new Div();
        lines.addClassName("bulk-report");
        for (BulkReport.Outcome outcome : report.outcomes()) {
            Span line = new Span((outcome.done() ? "✓ " : "✗ ") + outcome.name()
                    + (outcome.message() == null ? "" : ": " + outcome.message()));
            line.addClassName(outcome.done() ? "done" : "refused");
            lines.add(line);
        }
        Dialog dialog = new Dialog(lines);
        dialog.setHeaderTitle(report.summary());
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }
}
