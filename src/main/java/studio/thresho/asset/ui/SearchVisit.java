package studio.thresho.asset.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import studio.thresho.asset.LibraryActivity;

/**
 * Follows the library's last search in a page visit (a browser tab's UI) for the search-success
 * metric: a search is reported once per new text, the opening (or, in the asset selector, the
 * ticking) of one of its results once.
 */
public final class SearchVisit {

    private SearchVisit() {
    }

    private record State(UUID visitId, String text, Set<UUID> results) {
    }

    public static void searched(ApplicationEventPublisher events, UUID projectId, String text, Collection<UUID> results) {
        UI ui = UI.getCurrent();
        State state = ComponentUtil.getData(ui, State.class);
        UUID visit = state == null ? UUID.randomUUID() : state.visitId();
        if (state != null && Objects.equals(state.text(), text)) {
            return;
        }
        ComponentUtil.setData(ui, State.class, new State(visit, text, Set.copyOf(results)));
        events.publishEvent(new LibraryActivity(visit, projectId, false));
    }

    public static void opened(ApplicationEventPublisher events, UUID projectId, UUID lineageId) {
        UI ui = UI.getCurrent();
        State state = ComponentUtil.getData(ui, State.class);
        if (state != null && state.results().contains(lineageId)) {
            ComponentUtil.setData(ui, State.class, new State(state.visitId(), state.text(), Set.of()));
            events.publishEvent(new LibraryActivity(state.visitId(), projectId, true));
        }
    }
}
