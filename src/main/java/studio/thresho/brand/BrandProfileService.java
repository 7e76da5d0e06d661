package studio.thresho.brand;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Brand profiles (studio-wide or per project) and each project's default one. */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class BrandProfileService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final BrandProfileRepository profiles;
    private final CurrentProjectService currentProject;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    BrandProfileService(BrandProfileRepository profiles, CurrentProjectService currentProject, JdbcTemplate jdbc, JsonMapper json) {
        this.profiles = profiles;
        this.currentProject = currentProject;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The studio-wide profiles and those of the current project, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BrandProfileView> usable() {
        return profiles.usableIn(currentProjectId().orElse(null)).stream().map(this::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BrandProfileView> find(UUID id) {
        return profiles.findById(id).map(this::view);
    }

    /** The current project's default profile; without one, the first studio-wide profile. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<BrandProfileView> projectDefault() {
        Optional<UUID> project = currentProjectId();
        Optional<UUID> chosen = project.flatMap(id -> jdbc.queryForList(
                "SELECT brand_profile_id FROM project_brand_defaults WHERE project_id = ?", String.class, id.toString())
                .stream().findFirst().map(UUID::fromString));
        return chosen.flatMap(profiles::findById).or(() -> profiles.studioWide().stream().findFirst()).map(this::view);
    }

    @Transactional
    public void setProjectDefault(UUID brandProfileId) {
        UUID project = currentProjectId().orElseThrow(() -> new UserFacingException("Choose a project first."));
        BrandProfile profile = load(brandProfileId);
        if (profile.getProjectId() != null && !profile.getProjectId().equals(project)) {
            throw new UserFacingException(profile.getName() + " belongs to another project.");
        }
        jdbc.update("INSERT INTO project_brand_defaults (project_id, brand_profile_id) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE brand_profile_id = VALUES(brand_profile_id)", project.toString(), brandProfileId.toString());
    }

    @Transactional
    public BrandProfileView save(BrandDraft draft) {
        String name = BrandRules.checkName(draft.name());
        List<String> tokens = BrandRules.checkTokens(draft.tokens());
        BrandProfile profile;
        if (draft.id() == null) {
            UUID project = draft.studioWide() ? null
                    : currentProjectId().orElseThrow(() -> new UserFacingException("Choose a project first, or make the profile studio-wide."));
            profile = new BrandProfile(project, name);
        } else {
            profile = load(draft.id());
            if (draft.expectedLockVersion() != null && !draft.expectedLockVersion().equals(profile.getLockVersion())) {
                throw new UserFacingException(profile.getName() + " was changed by someone else meanwhile; reopen it to see their changes.");
            }
            profile.setName(name);
        }
        profile.setDescription(BrandRules.checkText("description", draft.description()));
        profile.setTokensJson(json.writeValueAsString(tokens));
        profile.setStyleDescriptors(BrandRules.checkText("styleDescriptors", draft.styleDescriptors()));
        profile.setNegativeTerms(BrandRules.checkText("negativeTerms", draft.negativeTerms()));
        return view(profiles.saveAndFlush(profile));
    }

    /** Generations keep their prompts; they only lose the link to the profile. */
    @Transactional
    public void delete(UUID id) {
        profiles.delete(load(id));
        profiles.flush();
    }

    private BrandProfile load(UUID id) {
        return profiles.findById(id).orElseThrow(() -> new UserFacingException("That brand profile no longer exists."));
    }

    private Optional<UUID> currentProjectId() {
        return currentProject.current().map(ProjectSummary::id);
    }

    private BrandProfileView view(BrandProfile profile) {
        List<String> tokens = profile.getTokensJson() == null ? List.of() : json.readValue(profile.getTokensJson(), STRINGS);
        return new BrandProfileView(profile.getId(), profile.getProjectId(), profile.getName(), profile.getDescription(), tokens,
                profile.getStyleDescriptors(), profile.getNegativeTerms(), profile.getLockVersion());
    }
}
