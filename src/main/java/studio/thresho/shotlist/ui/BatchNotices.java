package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.shotlist.BatchProgress;
import studio.thresho.shotlist.ShotGenerationService;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;

/**
 * Tells the user, wherever they are in the app, when a batch they sent has finished: the lists whose
 * batch they confirmed are kept in their session, and every page of theirs polls slowly while one is
 * running (the app has no server push). On the list's own page the progress bar says it already.
 */
@Component
class BatchNotices implements VaadinServiceInitListener {

    static final int WATCH_POLL_MILLIS = 5000;
    static final int NOTICE_MILLIS = 10_000;
    private static final String WATCHED = BatchNotices.class.getName() + ".watched";

    private final ShotGenerationService generating;
    private final ShotListService lists;

    BatchNotices(ShotGenerationService generating, ShotListService lists) {
        this.generating = generating;
        this.lists = lists;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
    }

    /** Follows the session's batches in this browser tab; calling it twice changes nothing. */
    void follow(UI ui) {
        if (ComponentUtil.getData(ui, BatchNotices.class) != null) {
            return;
        }
        ComponentUtil.setData(ui, BatchNotices.class, this);
        ui.addAfterNavigationListener(navigated -> check(ui));
        ui.addPollListener(poll -> check(ui));
    }

    /** Remembers that the user sent a batch of the list, so they hear when it finishes. */
    static void watch(UUID listId) {
        watched(VaadinSession.getCurrent()).add(listId);
        UI ui = UI.getCurrent();
        if (ui != null && ui.getPollInterval() < 0) {
            ui.setPollInterval(WATCH_POLL_MILLIS);
        }
    }

    void check(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || watched(session).isEmpty()) {
            return;
        }
        for (UUID listId : Set.copyOf(watched(session))) {
            try {
                BatchProgress batch = BatchProgress.of(generating.frames(listId).values());
                if (!batch.active()) {
                    watched(session).remove(listId);
                    if (!showing(ui, listId)) {
                        notice(lists.get(listId), batch);
                    }
                }
            } catch (UserFacingException gone) {
                watched(session).remove(listId);
            }
        }
        if (watched(session).isEmpty()) {
            if (ui.getPollInterval() == WATCH_POLL_MILLIS) {
                ui.setPollInterval(-1);
            }
        } else if (ui.getPollInterval() < 0) {
            ui.setPollInterval(WATCH_POLL_MILLIS);
        }
    }

    private static boolean showing(UI ui, UUID listId) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .anyMatch(target -> target instanceof ShotListView view && listId.equals(view.shownListId()));
    }

    private static void notice(ShotListSummary list, BatchProgress batch) {
        Span text = new Span("The batch of \u201c" + list.name() + "\u201d has finished: " + batch.summary() + ". ");
        RouterLink open = new RouterLink("Open the list", ShotListView.class, list.id().toString());
        Div content = new Div(text, open);
        content.addClassName("batch-finished-notice");
        Notification notification = new Notification(content);
        notification.setDuration(NOTICE_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.addThemeVariants(batch.failed() > 0 ? NotificationVariant.LUMO_WARNING : NotificationVariant.LUMO_SUCCESS);
        open.getElement().addEventListener("click", click -> notification.close());
        notification.open();
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> watched(VaadinSession session) {
        Set<UUID> watched = (Set<UUID>) session.getAttribute(WATCHED);
        if (watched == null) {
            watched = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
            session.setAttribute(WATCHED, watched);
        }
        return watched;
    }
}
