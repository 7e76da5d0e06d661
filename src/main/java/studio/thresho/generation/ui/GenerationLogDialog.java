package studio.thresho.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import studio.thresho.generation.GenerationLogEntry;
import studio.thresho.generation.GenerationView;

/**
 * A generation's log: when its status changed and why, and every call made to its provider with
 * the outcome, so a user can see why a generation is uncertain before sending it again.
 */
class GenerationLogDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm:ss.SSS", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    GenerationLogDialog(GenerationView generation, List<GenerationLogEntry> entries) {
        setHeaderTitle("Log of the generation with " + generation.providerName());
        setWidth("min(960px, 95vw)");
        Paragraph note = new Paragraph("Status changes and every call made to " + generation.providerName()
                + ", oldest first. A request is sent at most once: a generation whose request may have left is never sent again"
                + " unless you say so.");
        note.addClassName("dialog-note");
        Grid<GenerationLogEntry> grid = new Grid<>();
        grid.addClassName("generation-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> TIME.format(entry.at())).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GenerationLogDialog::what).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GenerationLogDialog::outcome).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.message() == null ? "" : entry.message()).setHeader("Details").setFlexGrow(1);
        grid.setItems(entries);
        grid.setAllRowsVisible(entries.size() <= 12);
        add(note, grid);
        getFooter().add(new Button("Close", click -> close()));
    }

    static String what(GenerationLogEntry entry) {
        if (entry.transition()) {
            return "Status";
        }
        String kind = switch (entry.kind()) {
            case "submit" -> "Submit";
            case "poll" -> "Poll";
            case "download" -> "Download";
            case "cancel" -> "Cancel";
            default -> entry.kind();
        };
        return kind + (entry.attempt() > 1 ? " (try " + entry.attempt() + ")" : "");
    }

    static String outcome(GenerationLogEntry entry) {
        if (entry.transition()) {
            return "";
        }
        String outcome = switch (entry.outcome()) {
            case "ok" -> "OK";
            case "refused" -> "Refused";
            case "retryable_error" -> "Error, retried";
            case "unreachable" -> "Not reached";
            case "network_error" -> "Network error";
            default -> entry.outcome();
        };
        return outcome + (entry.httpStatus() == null ? "" : " · HTTP " + entry.httpStatus()) + " · " + entry.durationMs() + " ms";
    }
}
