package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.Slot;
import studio.thresho.generation.ui.AssetSelectorDialog;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.RecastPreview;
import studio.thresho.shotlist.ShotRow;

/**
 * Recast: one talent replaced by another across the ticked shots or the whole list (Marcus → James),
 * each shot keeping its context. A preview lists the shots that change before anything does.
 */
class RecastDialog extends Dialog {

    /** A talent the list casts. */
    record Cast(UUID lineageId, String name) {
    }

    final Select<Cast> from = new Select<>();
    final Button chooseReplacement = new Button("Choose the replacement…");
    final Span replacementName = new Span("nobody yet");
    final Checkbox onlyTicked = new Checkbox("Only the ticked shots");
    final Button preview = new Button("Preview");
    final Div changes = new Div();
    final Button apply = new Button("Recast");

    private final UUID listId;
    private final Set<UUID> ticked;
    private final CastingService casting;
    private final Runnable onDone;
    private AssetDetail replacement;

    RecastDialog(UUID listId, List<ShotRow> rows, Set<UUID> ticked, CastingService casting, AssetSelectorDialog.Services selector,
                 Runnable onDone) {
        this.listId = listId;
        this.ticked = Set.copyOf(ticked);
        this.casting = casting;
        this.onDone = onDone;
        setHeaderTitle("Recast talent");
        setWidth("min(640px, 96vw)");
        Map<UUID, Cast> talents = new LinkedHashMap<>();
        rows.forEach(row -> row.castIn(Slot.TALENT).forEach(chip -> talents.putIfAbsent(chip.lineageId(), cast(chip))));
        from.setLabel("Replace");
        from.setItems(talents.values());
        from.setItemLabelGenerator(Cast::name);
        from.addValueChangeListener(change -> clearPreview());
        chooseReplacement.addClickListener(click -> new AssetSelectorDialog(Slot.TALENT, List.of(), selector, picks -> {
            replacement = picks.isEmpty() ? null : picks.getFirst().asset();
            replacementName.setText(replacement == null ? "nobody yet" : replacement.name());
            clearPreview();
        }).open());
        onlyTicked.setValue(!ticked.isEmpty());
        onlyTicked.setEnabled(!ticked.isEmpty());
        onlyTicked.addValueChangeListener(change -> clearPreview());
        preview.addClickListener(click -> showPreview());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(click -> recast());
        changes.addClassName("recast-preview");
        add(from, new Div(new Span("With: "), replacementName, chooseReplacement), onlyTicked, changes);
        getFooter().add(new Button("Cancel", click -> close()), preview, apply);
    }

    void chooseReplacement(AssetDetail talent) {
        replacement = talent;
        replacementName.setText(talent.name());
        clearPreview();
    }

    private static Cast cast(CastChip chip) {
        return new Cast(chip.lineageId(), chip.name());
    }

    private Set<UUID> scope() {
        return onlyTicked.getValue() ? ticked : Set.of();
    }

    private void showPreview() {
        changes.removeAll();
        try {
            if (from.getValue() == null || replacement == null) {
                throw new UserFacingException("Choose who is replaced and by whom.");
            }
            RecastPreview shown = casting.previewRecast(listId, from.getValue().lineageId(), replacement.lineageId(), scope());
            if (shown.changing().isEmpty()) {
                changes.add(new Paragraph("No shot " + (onlyTicked.getValue() ? "of those ticked " : "") + "casts " + shown.fromName() + "."));
                return;
            }
            changes.add(new Paragraph(shown.changing().size() + " shots change from " + shown.fromName() + " to " + shown.toName() + ":"));
            UnorderedList list = new UnorderedList();
            shown.changing().forEach(row -> list.add(new ListItem(row.label() + (row.title() == null ? "" : " · " + row.title()))));
            changes.add(list);
            apply.setText("Recast " + shown.changing().size() + " shots");
            apply.setEnabled(true);
        } catch (UserFacingException refused) {
            changes.add(new Paragraph(refused.getMessage()));
        }
    }

    private void clearPreview() {
        changes.removeAll();
        apply.setEnabled(false);
        apply.setText("Recast");
    }

    private void recast() {
        try {
            int changed = casting.recast(listId, from.getValue().lineageId(), Objects.requireNonNull(replacement).lineageId(), scope());
            Notifications.success("Recast " + changed + " shots: " + from.getValue().name() + " → " + replacement.name() + ".");
            close();
            onDone.run();
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }
}
