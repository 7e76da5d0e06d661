package studio.thresho;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Vaadin 25 applies no theme by itself: Lumo and our own stylesheet are
 * loaded here (no npm build is possible, so styling stays in plain CSS files).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Thresho Studio · Talent & Asset Library");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
