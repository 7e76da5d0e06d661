package studio.thresho.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.ui.LibraryAction;
import studio.thresho.exchange.LibraryExportService;
import studio.thresho.project.CurrentProjectService;

/** The Library page's [Export] button, for viewers too, opening the {@link ExportDialog}. */
@org.springframework.stereotype.Component
class ExportAction implements LibraryAction {

    private final LibraryExportService exports;
    private final CategoryService categories;
    private final CurrentProjectService currentProject;

    ExportAction(LibraryExportService exports, CategoryService categories, CurrentProjectService currentProject) {
        this.exports = exports;
        this.categories = categories;
        this.currentProject = currentProject;
    }

    @Override
    public com.vaadin.flow.component.Component create(Runnable onLibraryChanged) {
        Button button = new Button("Export", VaadinIcon.DOWNLOAD.create(),
                click -> new ExportDialog(exports, categories.tree(), currentProject.current().isPresent()).open());
        button.addClassName("library-export");
        return button;
    }

    @Override
    public boolean forViewers() {
        return true;
    }
}
