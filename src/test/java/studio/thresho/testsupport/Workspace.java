package studio.thresho.testsupport;

import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;

/** The usual starting point of an asset test: an editor signed in, working in a project of its own. */
@Component
public class Workspace {

    private final TestLogins logins;
    private final ProjectService projects;
    private final CurrentProjectService currentProject;
    private final CategoryService categories;

    Workspace(TestLogins logins, ProjectService projects, CurrentProjectService currentProject, CategoryService categories) {
        this.logins = logins;
        this.projects = projects;
        this.currentProject = currentProject;
        this.categories = categories;
    }

    /** Creates a project, signs in as the test editor and makes the project the editor's current one. */
    public ProjectSummary editorInNewProject(String namePrefix) {
        logins.ensureTestUsers();
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create(namePrefix + " " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
        return project;
    }

    public CategoryService categories() {
        return categories;
    }

    /** The id of the category with the given slug. */
    public UUID category(String slug) {
        return categories.tree().stream().filter(node -> node.slug().equals(slug)).map(CategoryNode::id).findFirst().orElseThrow();
    }
}
