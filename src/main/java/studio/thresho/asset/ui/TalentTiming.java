package studio.thresho.asset.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import studio.thresho.asset.TalentAdded;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;

/** Times a new talent from opening its form to its first save, for the success metric "time to add new talent". */
final class TalentTiming {

    private final ApplicationEventPublisher events;
    private final CurrentProjectService currentProject;
    private Instant opened;

    TalentTiming(ApplicationEventPublisher events, CurrentProjectService currentProject) {
        this.events = events;
        this.currentProject = currentProject;
    }

    /** A new-asset form opened in {@code chosen}: timed when that is Talent or a category below it. */
    void opened(List<CategoryNode> tree, CategoryNode chosen) {
        opened = isTalent(tree, chosen) ? Instant.now() : null;
    }

    /** The new asset was saved: a timed talent is reported once. */
    void saved() {
        if (opened != null) {
            events.publishEvent(new TalentAdded(currentProject.current().map(ProjectSummary::id).orElse(null),
                    Duration.between(opened, Instant.now())));
            opened = null;
        }
    }

    static boolean isTalent(List<CategoryNode> tree, CategoryNode chosen) {
        Map<UUID, CategoryNode> byId = tree.stream().collect(Collectors.toMap(CategoryNode::id, Function.identity()));
        for (CategoryNode node = chosen; node != null; node = node.parentId() == null ? null : byId.get(node.parentId())) {
            if (node.system() && node.slug().equals("talent")) {
                return true;
            }
        }
        return false;
    }
}
