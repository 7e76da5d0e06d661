package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetInUseException;
import studio.thresho.asset.AssetLifecycleService;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.base.ui.Notifications;
import studio.thresho.project.CurrentProjectService;

/**
 * What an editor can do with the asset on its detail view: edit (a copy, for a system asset), use
 * it in a generation, duplicate, promote or import it, delete it (or archive it when it was used).
 */
class AssetActions extends Div {

    static final String LINEAGE_PARAMETER = AssetDetailView.LINEAGE_PARAMETER;

    Button unarchive;
    private final AssetDetail asset;
    private final AssetLifecycleService lifecycle;
    private final AssetScopeService scopes;
    private final CurrentProjectService currentProject;

    AssetActions(AssetDetail asset, boolean canEdit, AssetLifecycleService lifecycle, AssetScopeService scopes,
                 CurrentProjectService currentProject) {
        this.asset = asset;
        this.lifecycle = lifecycle;
        this.scopes = scopes;
        this.currentProject = currentProject;
        addClassName("detail-actions");
        if (canEdit) {
            buttons();
        }
    }

    private void buttons() {
        // a system asset (a lighting preset) stays as shipped: editing it edits a copy
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> {
            if (asset.system()) {
                new PresetCopyDialog(asset, lifecycle, currentProject.current()).open();
            } else {
                UI.getCurrent().navigate(AssetFormView.class, new RouteParameters(AssetFormView.LINEAGE_PARAMETER, asset.lineageId().toString()));
            }
        });
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button duplicate = new Button("Duplicate", VaadinIcon.COPY_O.create(), click -> {
            AssetDetail copy = lifecycle.duplicate(asset.lineageId());
            Notifications.success("Created " + copy.name() + ".");
            UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(LINEAGE_PARAMETER, copy.lineageId().toString()));
        });
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-asset");
        delete.setVisible(!asset.system());
        // the Generate page belongs to the generation module: linked by its path, not its class
        Button generate = new Button("Use in Generation", VaadinIcon.MAGIC.create(), click -> UI.getCurrent().navigate("generate",
                QueryParameters.of("asset", asset.lineageId().toString())));
        generate.setId("use-in-generation");
        generate.setVisible(!asset.archived() && asset.kind() != CategoryKind.CUSTOM);
        add(edit, generate, duplicate, scopeAction(), delete);
        if (asset.archived()) {
            unarchive = new Button("Unarchive", VaadinIcon.ARCHIVE.create(), click -> {
                lifecycle.setArchived(asset.lineageId(), false);
                Notifications.success(asset.name() + " is back in the library.");
                reload();
            });
            unarchive.setId("unarchive-asset");
            addComponentAsFirst(unarchive);
        }
    }

    /** Promote a project asset to the global library, or add/remove a global one in the current project. */
    private Component scopeAction() {
        if (!asset.global()) {
            return new Button("Promote to Global", VaadinIcon.GLOBE.create(), click -> {
                AssetScopeService.Promotion promotion = scopes.promoteToGlobal(asset.lineageId());
                Notifications.success(asset.name() + " is now in the global library"
                        + (promotion.slugChanged() ? " as " + promotion.asset().slug() + " (" + promotion.previousSlug() + " was taken)." : "."));
                reload();
            });
        }
        if (scopes.isImportedIntoCurrentProject(asset.lineageId())) {
            return new Button("Remove from project", VaadinIcon.MINUS_CIRCLE_O.create(), click -> {
                scopes.removeFromCurrentProject(asset.lineageId());
                Notifications.success(asset.name() + " left this project's library; it stays in the global library.");
                reload();
            });
        }
        return new Button("Import into project", VaadinIcon.PLUS_CIRCLE_O.create(), click -> {
            scopes.importIntoCurrentProject(asset.lineageId());
            Notifications.success(asset.name() + " is now part of this project's library.");
            reload();
        });
    }

    private void reload() {
        UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(LINEAGE_PARAMETER, asset.lineageId().toString()));
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + asset.name() + "?",
                "This deletes the asset with all its versions and images from the library. It cannot be undone.",
                "Delete", event -> delete());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    void delete() {
        try {
            lifecycle.delete(asset.lineageId());
            Notifications.success("Deleted " + asset.name() + ".");
            UI.getCurrent().navigate(LibraryView.class);
        } catch (AssetInUseException inUse) {
            ConfirmDialog offer = new ConfirmDialog("Archive instead?", inUse.getMessage(), "Archive", event -> {
                lifecycle.setArchived(asset.lineageId(), true);
                Notifications.success(asset.name() + " is archived.");
                UI.getCurrent().navigate(LibraryView.class);
            });
            offer.setCancelable(true);
            offer.open();
        }
    }
}
