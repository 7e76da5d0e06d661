package studio.thresho.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSharing;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.Slugs;
import studio.thresho.demo.DemoLibrary.DemoAsset;
import studio.thresho.demo.DemoLibrary.Picture;
import studio.thresho.media.MediaService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.security.Role;

/**
 * Fills the demo library with the spec's example assets ({@link DemoLibrary}) and their
 * placeholder pictures. Adds only what is missing, so it is safe on every start.
 */
@Component
@Profile("demo")
class DemoLibrarySeeder {

    private static final String DEMO_ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(DemoLibrarySeeder.class);

    private final AssetService assets;
    private final CategoryService categories;
    private final MediaService media;
    private final ProjectService projects;
    private final CurrentProjectService currentProject;
    private final UserDetailsService userDetails;
    private final AssetScopeService scopes;
    private final TransactionTemplate transaction;
    private final DemoScoresSeeder scores;
    private final AssetSharing sharing;
    /** The demo asset that is shared as a public page, so Share links and their list have something to show. */
    static final String SHARED_SLUG = "marcus";
    static final int SHARED_DAYS = 30;
    private final DemoShotListSeeder shotLists;
    private final DemoSavedResultSeeder savedResult;
    private final studio.thresho.asset.AssetLifecycleService lifecycle;

    DemoLibrarySeeder(AssetService assets, CategoryService categories, MediaService media,
                      ProjectService projects, CurrentProjectService currentProject, UserDetailsService userDetails,
                      AssetScopeService scopes, PlatformTransactionManager transactionManager, DemoScoresSeeder scores,
                      AssetSharing sharing, DemoShotListSeeder shotLists, studio.thresho.asset.AssetLifecycleService lifecycle,
                      DemoSavedResultSeeder savedResult) {
        this.savedResult = savedResult;
        this.scores = scores;
        this.sharing = sharing;
        this.shotLists = shotLists;
        this.lifecycle = lifecycle;
        this.assets = assets;
        this.categories = categories;
        this.media = media;
        this.projects = projects;
        this.currentProject = currentProject;
        this.userDetails = userDetails;
        this.scopes = scopes;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Adds every demo asset its library lacks, signed in as the demo administrator; needs the demo project. */
    void seed() {
        UserDetails admin = userDetails.loadUserByUsername(DEMO_ADMIN);
        RunAsUser.run(admin, () -> {
            seedAs(admin);
            seedScores(admin);
            seedShotList(admin);
        });
    }

    /** The photo results that show real consistency scores; the demo starts without them if they fail. */
    private void seedScores(UserDetails admin) {
        Optional<UUID> project = demoProject();
        if (project.isEmpty() || !canEdit(admin)) {
            return;
        }
        try {
            currentProject.select(project.get());
            scores.seed(project.get());
            savedResult.seed();
        } catch (RuntimeException failed) {
            log.warn("The demo's scored photo results could not be seeded", failed);
        }
    }

    /** The demo's shot list; the demo starts without it if it fails. */
    private void seedShotList(UserDetails admin) {
        Optional<UUID> project = demoProject();
        if (project.isEmpty() || !canEdit(admin)) {
            return;
        }
        try {
            currentProject.select(project.get());
            transaction.executeWithoutResult(status -> shotLists.seed());
        } catch (RuntimeException failed) {
            log.warn("The demo shot list could not be seeded", failed);
        }
    }

    private Optional<UUID> demoProject() {
        return DemoDataSeeder.demoProject(projects);
    }

    private void seedAs(UserDetails admin) {
        Optional<UUID> project = demoProject();
        if (project.isEmpty()) {
            log.warn("The demo project \"{}\" is archived or missing: the demo library was not seeded.", DemoDataSeeder.DEMO_PROJECT);
            return;
        }
        List<DemoAsset> missing = DemoLibrary.assets().stream().filter(asset -> !exists(asset, project.get())).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (!canEdit(admin)) {
            log.warn("The demo account '{}' can no longer edit: the demo library was not completed.", DEMO_ADMIN);
            return;
        }
        currentProject.select(project.get());
        Map<String, UUID> categoryIds = categories.tree().stream().filter(CategoryNode::system)
                .collect(Collectors.toMap(CategoryNode::slug, CategoryNode::id));
        // one transaction per asset: a start that fails half-way leaves no half-made asset behind
        missing.forEach(asset -> transaction.executeWithoutResult(status -> create(asset, categoryIds.get(asset.categorySlug()))));
        log.info("Seeded the demo library with placeholder pictures: {}", missing.stream()
                .map(asset -> asset.name() + (asset.global() ? " (global)" : " (" + DemoDataSeeder.DEMO_PROJECT + ")"))
                .collect(Collectors.joining(", ")));
    }

    private void create(DemoAsset asset, UUID categoryId) {
        ImageSet images = ImageSet.empty();
        for (Picture picture : asset.pictures()) {
            byte[] png = PlaceholderArt.png(picture.subject(), asset.name() + " · " + picture.view(), asset.colour());
            String key = media.ingest(asset.slug() + "-" + Slugs.of(picture.view()) + ".png", png).key();
            images = images.add(key, picture.type(), picture.slot(), "Placeholder: " + picture.view());
        }
        AssetDetail saved = assets.save(new AssetDraft(null, null, categoryId, asset.name(), asset.slug(), asset.global(),
                asset.source(), asset.tags(), asset.values()), images.images(), VersionRequest.proposed());
        for (DemoLibrary.Revision revision : DemoLibrary.historyOf(asset.slug())) {
            Map<String, Object> values = new HashMap<>(saved.values());
            values.putAll(revision.changes());
            saved = assets.save(new AssetDraft(saved.lineageId(), saved.lockVersion(), saved.categoryId(), saved.name(), null, saved.global(),
                    saved.source(), saved.tags(), values), null, new VersionRequest(null, revision.notes(), true));
        }
        if (asset.slug().equals(SHARED_SLUG)) {
            String url = sharing.share(saved, SHARED_DAYS).url();
            log.info("Demo share page of {} (valid {} days; only shown now): {}", saved.name(), SHARED_DAYS, url);
        }
        if (DemoLibrary.ARCHIVED.contains(asset.slug())) {
            lifecycle.setArchived(saved.lineageId(), true);
        }
    }

    private boolean exists(DemoAsset asset, UUID demoProject) {
        return scopes.slugTaken(asset.global() ? null : demoProject, asset.slug());
    }

    private static boolean canEdit(UserDetails user) {
        return user.isEnabled() && user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Role.Names.EDITOR));
    }
}
