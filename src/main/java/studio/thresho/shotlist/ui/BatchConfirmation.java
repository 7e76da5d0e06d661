package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.shotlist.BatchQuote;
import studio.thresho.shotlist.ShotGenerationService;

/** Before a list's shots are generated: what would be sent, and nothing leaves until the user confirms. */
final class BatchConfirmation {

    private BatchConfirmation() {
    }

    /** @param attempt runs the sending, telling the user when it is refused and refreshing the list after */
    static void open(ShotGenerationService generating, UUID listId, Set<UUID> ticked, Consumer<Runnable> attempt) {
        try {
            BatchQuote quote = generating.quote(listId, ticked);
            if (quote.shotIds().isEmpty()) {
                Notifications.error(quote.summary());
                return;
            }
            Span summary = new Span(quote.summary());
            summary.addClassName("generation-quote");
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(quote.shotIds().size() == 1 ? "Generate 1 shot?" : "Generate " + quote.shotIds().size() + " shots?");
            confirm.setText(summary);
            confirm.setConfirmText("Generate");
            confirm.addConfirmListener(event -> attempt.accept(() -> told(listId, generating.generate(listId, quote))));
            confirm.addClassName("confirm-generation");
            confirm.setCancelable(true);
            confirm.open();
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private static void told(UUID listId, ShotGenerationService.BatchOutcome outcome) {
        if (outcome.sent() > 0) {
            BatchNotices.watch(listId);
        }
        String sent = "Sent " + outcome.sent() + (outcome.sent() == 1 ? " generation" : " generations")
                + (outcome.skipped() > 0 ? "; " + outcome.skipped() + " shots were already generating" : "") + ".";
        if (outcome.refused().isEmpty()) {
            Notifications.success(sent);
        } else {
            Notifications.error(sent + " Refused: " + String.join("; ", outcome.refused()));
        }
    }
}
