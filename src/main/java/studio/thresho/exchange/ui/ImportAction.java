package studio.thresho.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.ui.LibraryAction;
import studio.thresho.exchange.BulkImportService;
import studio.thresho.media.MediaService;
import studio.thresho.media.UrlImporter;

/** The Library page's [Import] button, opening the {@link ImportDialog}. */
@org.springframework.stereotype.Component
class ImportAction implements LibraryAction {

    private final BulkImportService imports;
    private final CategoryService categories;
    private final ImportDialog.Sources sources;

    ImportAction(BulkImportService imports, CategoryService categories, UrlImporter urls, MediaService media) {
        this.imports = imports;
        this.categories = categories;
        this.sources = new ImportDialog.Sources(urls, media);
    }

    @Override
    public com.vaadin.flow.component.Component create(Runnable onLibraryChanged) {
        Button button = new Button("Import", VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(imports, sources, categories.tree(), onLibraryChanged).open());
        button.addClassName("library-import");
        return button;
    }
}
