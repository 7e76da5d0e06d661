package studio.thresho.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.function.DeploymentConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a Vaadin session holds: the object graph reachable from the current UI and its VaadinSession
 * ({@link RetainedSize}), without what they merely point to and share with every other session.
 */
final class SessionGraph {

    /** Shared by every session: the service and servlet, the servlet context, Lucene's readers, persistence. */
    static final List<Class<?>> SHARED_TYPES = List.of(VaadinService.class, jakarta.servlet.Servlet.class,
            jakarta.servlet.ServletContext.class, jakarta.servlet.ServletConfig.class, VaadinContext.class,
            DeploymentConfiguration.class, ApplicationContext.class, BeanFactory.class,
            org.apache.lucene.index.IndexReader.class, org.apache.lucene.search.IndexSearcher.class,
            org.apache.lucene.store.Directory.class, jakarta.persistence.EntityManagerFactory.class,
            javax.sql.DataSource.class);

    private final List<Object> singletons;
    private final RetainedSize walker;

    SessionGraph(ApplicationContext context) {
        this.singletons = RetainedSize.springSingletons((ConfigurableApplicationContext) context);
        this.walker = new RetainedSize(singletons, SHARED_TYPES);
    }

    RetainedSize.Graph measure() {
        UI ui = UI.getCurrent();
        return walker.walk(ui, ui.getSession());
    }

    /**
     * One component's own share: its graph without the UI, the session, the state tree and the
     * component's ancestors (their components, elements and state nodes), through which the rest of the
     * page (its siblings) would be reached. What it adds to an ancestor (a popover) still counts.
     */
    RetainedSize.Graph measure(Component component, Object... alsoLeftOut) {
        UI ui = component.getUI().orElseThrow();
        List<Object> stops = new ArrayList<>(singletons);
        stops.addAll(List.of(alsoLeftOut));
        stops.addAll(List.of(ui, ui.getSession(), ui.getInternals(), ui.getInternals().getStateTree()));
        for (Component at = component.getParent().orElse(null); at != null; at = at.getParent().orElse(null)) {
            stops.addAll(List.of(at, at.getElement(), at.getElement().getNode()));
        }
        return new RetainedSize(stops, SHARED_TYPES).walk(component);
    }

    /**
     * What answering a browser request leaves: the UI's access tasks and before-response callbacks run
     * (Karibu's round trip), and the changes the response would carry collected (Karibu never collects
     * them, so its UI holds every change record and every node changed since it was made).
     */
    static void respond() {
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {
        });
    }

    /** Report lines: the sizes before and after, the classes that hold most after and what they grew by. */
    static List<String> report(String title, RetainedSize.Graph before, RetainedSize.Graph after, long target, int top) {
        long diff = after.bytes() - before.bytes();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("  %s: opened %.3f MB (%,d objects), after the Show mores %.3f MB (%,d objects), "
                + "difference %.3f MB; difference <= %.0f MB: %s; whole session after <= %.0f MB: %s; unreadable fields %d",
                title, before.bytes() / 1e6, before.objects(), after.bytes() / 1e6, after.objects(), diff / 1e6,
                target / 1e6, diff <= target ? "met" : "not met", target / 1e6, after.bytes() <= target ? "met" : "not met",
                after.unreadableFields()));
        lines.add("    top classes after (bytes, objects, growth in bytes since opened):");
        top(after.bytesByClass(), top).forEach(entry -> lines.add(String.format("    %,12d %,8d %,+12d  %s", entry.getValue(),
                after.objectsByClass().get(entry.getKey()), entry.getValue() - before.bytesByClass().getOrDefault(entry.getKey(), 0L),
                entry.getKey())));
        lines.add("    top holding fields by growth (bytes first reached through the field, after minus opened):");
        Map<String, Long> grown = growth(before.bytesByField(), after.bytesByField());
        top(grown, top).forEach(entry -> lines.add(String.format("    %,+12d  %s", entry.getValue(), entry.getKey())));
        lines.add("    stopped at " + after.stoppedAt().values().stream().mapToLong(Long::longValue).sum()
                + " shared objects (not counted; most by class): " + top(after.stoppedAt(), top).stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
        return lines;
    }

    private static Map<String, Long> growth(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new java.util.HashMap<>(after.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), key -> after.get(key) - before.getOrDefault(key, 0L))));
        before.forEach((key, bytes) -> grown.putIfAbsent(key, -bytes));
        return grown;
    }

    private static List<Map.Entry<String, Long>> top(Map<String, Long> values, int top) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top).toList();
    }
}
