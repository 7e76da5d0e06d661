package studio.thresho.testsupport;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import studio.thresho.security.TestLogins;

/** Base of browserless UI tests: the real Spring context and database, Vaadin faked by Karibu. */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestLogins logins;

    @BeforeEach
    void setUpVaadin() {
        logins.ensureTestUsers();
        MockVaadin.setMockRequestFactory(SpringSecurityFakeRequest::new);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        TestLogins.logout();
        MockVaadin.tearDown();
    }

    /**
     * Karibu's own discovery skips package-private classes, and our views are package-private
     * (feature packages): scan with visibility ignored, including {@code @Layout} classes.
     */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes();
        // our AccessDeniedView and NotFoundView replace Karibu's defaults for the same exceptions
        routes.getErrorRoutes().clear();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("studio.thresho").scan()) {
            for (ClassInfo info : scan.getClassesWithAnnotation(Route.class.getName())) {
                routes.getRoutes().add((Class<? extends Component>) info.loadClass());
            }
            for (ClassInfo info : scan.getClassesWithAnnotation(Layout.class.getName())) {
                routes.getRoutes().add((Class<? extends Component>) info.loadClass());
            }
            for (ClassInfo info : scan.getClassesImplementing(HasErrorParameter.class.getName())) {
                routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) info.loadClass());
            }
        }
        return routes;
    }

    /** Navigates to a location that may carry a query ("library?q=marc"), as a bookmark would. */
    protected static void navigateTo(String location) {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1
                ? com.vaadin.flow.router.QueryParameters.fromString(parts[1]) : com.vaadin.flow.router.QueryParameters.empty());
    }

    /** Every row a grid shows, in order. */
    protected static <T> List<T> rowsOf(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** Signs in and opens the given route, as a person would after the login page. */
    protected void openAs(String username, String route) {
        logins.loginAs(username);
        UI.getCurrent().navigate(route);
    }
}
