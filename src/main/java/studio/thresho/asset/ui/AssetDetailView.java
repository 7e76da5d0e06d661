package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetLifecycleService;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSharing;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.media.ui.ShareLinkList;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/** The asset detail view of the spec's mock-up: headshot, facts, character sheet, description, attributes, tags. */
// "asset/", not "assets/": Vaadin serves /assets/** as static files, so such a link would fail on a fresh page load
@Route("asset/:lineageId")
@PageTitle("Asset · Thresho Studio")
@PermitAll
class AssetDetailView extends Div implements BeforeEnterObserver {

    static final String LINEAGE_PARAMETER = "lineageId";

    static final String VERSION_PARAMETER = "version";
    /** {@code ?show=history} scrolls to the version history (the library card's "3 versions" badge). */
    static final String SHOW_PARAMETER = "show";
    static final String SHOW_HISTORY = "history";
    VersionHistory history;

    private final AssetService assets;
    private final AssetVersionService versions;
    private final AssetScopeService scopes;
    private final ConsistencyService consistency;
    private final AssetLifecycleService lifecycle;
    private final AssetUsageService usage;
    private final CurrentProjectService currentProject;
    private final AssetSharing sharing;
    private final boolean canEdit;
    private final List<AssetAction> extraActions;
    private AssetDetail asset;
    private AssetActions actions;
    private ShareLinkList shareLinks;
    private final org.springframework.context.ApplicationEventPublisher events;

    AssetDetailView(AssetService assets, AssetLifecycleService lifecycle, AssetUsageService usage, AssetVersionService versions,
                    AssetScopeService scopes, ConsistencyService consistency, CurrentUser currentUser, CurrentProjectService currentProject,
                    AssetSharing sharing, org.springframework.context.ApplicationEventPublisher events, List<AssetAction> extraActions) {
        this.sharing = sharing;
        this.events = events;
        this.extraActions = extraActions;
        this.lifecycle = lifecycle;
        this.usage = usage;
        this.currentProject = currentProject;
        this.consistency = consistency;
        this.assets = assets;
        this.versions = versions;
        this.scopes = scopes;
        this.canEdit = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        addClassName("asset-detail-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID lineageId = UUID.fromString(event.getRouteParameters().get(LINEAGE_PARAMETER).orElse(""));
            String version = event.getLocation().getQueryParameters().getSingleParameter(VERSION_PARAMETER).orElse(null);
            asset = version == null ? assets.get(lineageId) : versions.get(lineageId, version);
        } catch (IllegalArgumentException | UserFacingException missing) {
            add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "This asset does not exist",
                    "It may have been deleted. Go back to the library to find another.", new RouterLink("Back to the Library", LibraryView.class)));
            return;
        }
        SearchVisit.opened(events, currentProject.current().map(studio.thresho.project.ProjectSummary::id).orElse(null), asset.lineageId());
        render();
        if (event.getLocation().getQueryParameters().getSingleParameter(SHOW_PARAMETER).filter(SHOW_HISTORY::equals).isPresent()) {
            history.scrollIntoView();
        }
    }

    ShareLinkList shareLinks() {
        return shareLinks;
    }

    AssetDetail asset() {
        return asset;
    }

    /** Deletes the asset, or offers to archive it when generations or shots used it. */
    void delete() {
        actions.delete();
    }

    private void render() {
        AssetProfile profile = new AssetProfile(asset, assets, canEdit);
        RouterLink back = new RouterLink("← Back to Library", LibraryView.class);
        back.addClassName("back-link");
        actions = new AssetActions(asset, canEdit, lifecycle, scopes, currentProject);
        if (canEdit && !asset.system()) {
            Button share = new Button("Share", VaadinIcon.LINK.create(), click -> new ShareAssetDialog(asset, sharing,
                    () -> shareLinks.refresh()).open());
            share.setId("share-asset");
            actions.add(share);
        }
        extraActions.stream().filter(action -> action.appliesTo(asset)).forEach(action -> actions.add(action.create(asset)));
        Div toolbar = new Div(back, actions);
        toolbar.addClassName("detail-toolbar");
        add(toolbar);
        if (!asset.active()) {
            add(olderVersionNote());
        }
        add(profile.summary());
        profile.pictures().forEach(this::add);
        add(profile.fields());
        if (asset.kind() == studio.thresho.asset.category.CategoryKind.TALENT) {
            // a route string: the asset module does not depend on insight
            com.vaadin.flow.component.html.Anchor trend = new com.vaadin.flow.component.html.Anchor("insights?talent=" + asset.lineageId(), "Consistency trend in Insights");
            trend.addClassName("insights-link");
            add(new H3("Consistency in generations"), new ConsistencyPanel(consistency, asset, canEdit));
            if (canEdit) {
                add(trend);
            }
        }
        history = new VersionHistory(versions, asset, canEdit);
        history.setId("version-history");
        add(new H3("Version history"), history);
        add(new H3("Recent Usage"), new UsageHistory(usage, asset));
        if (canEdit) {
            UUID lineageId = asset.lineageId();
            shareLinks = new ShareLinkList(() -> sharing.linksOf(lineageId), sharing::revoke,
                    "No share links. Share makes a read-only public page of this version.");
            add(new H3("Share links"), shareLinks);
        }
        profile.tags().forEach(this::add);
    }


    /** Shown above an older (or newer, not yet active) version than the one generations use. */
    private Component olderVersionNote() {
        RouterLink active = new RouterLink("see the active version", AssetDetailView.class,
                new RouteParameters(LINEAGE_PARAMETER, asset.lineageId().toString()));
        Button compare = new Button("Compare with the latest", click -> VersionCompareView.open(asset.lineageId(), asset.version(),
                assets.latest(asset.lineageId()).version()));
        compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div note = new Div(new Span("You are looking at v" + asset.version() + ", which new generations do not use; "), active,
                new Span(". "), compare);
        note.addClassName("version-note");
        note.getElement().getThemeList().add("badge contrast");
        return note;
    }
}
