package studio.thresho.shotlist;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/** The shot lists of a project: create, change, duplicate (a variant campaign), archive and delete. */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShotListService {

    private final ShotListRepository lists;
    private final ShotRepository shots;
    private final CastStore casts;
    private final CastUsage usage;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final BrandProfileService brands;

    ShotListService(ShotListRepository lists, ShotRepository shots, CastStore casts, CastUsage usage, CurrentProjectService currentProject,
                    CurrentUser currentUser, BrandProfileService brands) {
        this.lists = lists;
        this.shots = shots;
        this.casts = casts;
        this.usage = usage;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.brands = brands;
    }

    /** The current project's lists by name; archived ones only when asked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ShotListSummary> overview(boolean includeArchived) {
        return currentProject.current().map(ProjectSummary::id).map(lists::findByProjectIdOrderByName).orElse(List.of()).stream()
                .filter(list -> includeArchived || !list.isArchived()).map(this::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ShotListSummary get(UUID id) {
        return summary(load(id));
    }

    @Transactional
    public ShotListSummary create(ShotListDraft draft) {
        UUID project = currentProject.current().map(ProjectSummary::id)
                .orElseThrow(() -> new UserFacingException("Choose a project first."));
        ShotList list = new ShotList(project, ShotTexts.required("Name", draft.name(), ShotLimits.NAME_MAX_LENGTH));
        list.setCreatedBy(currentUser.get().map(SignedInUser::id).orElse(null));
        apply(list, draft);
        return summary(lists.saveAndFlush(list));
    }

    @Transactional
    public ShotListSummary update(UUID id, ShotListDraft draft) {
        ShotList list = load(id);
        if (draft.expectedLockVersion() != null && !draft.expectedLockVersion().equals(list.getLockVersion())) {
            throw new UserFacingException(list.getName() + " was changed by someone else meanwhile; reopen it to see their changes.");
        }
        list.setName(ShotTexts.required("Name", draft.name(), ShotLimits.NAME_MAX_LENGTH));
        apply(list, draft);
        return summary(lists.saveAndFlush(list));
    }

    /** A variant campaign: the same rows with every cast, context and pin, under the next free copy name. */
    @Transactional
    public ShotListSummary duplicate(UUID id) {
        ShotList original = load(id);
        Set<String> taken = lists.findByProjectIdOrderByName(original.getProjectId()).stream().map(ShotList::getName)
                .collect(Collectors.toSet());
        ShotList copy = new ShotList(original.getProjectId(), copyName(original.getName(), taken));
        copy.setDescription(original.getDescription());
        copy.setBrandProfileId(original.getBrandProfileId());
        copy.setDefaultProviderId(original.getDefaultProviderId());
        copy.setCreatedBy(currentUser.get().map(SignedInUser::id).orElse(null));
        lists.saveAndFlush(copy);
        List<Shot> rows = shots.findByShotListIdOrderBySortOrder(id);
        Map<UUID, List<StoredCast>> castOf = casts.ofShots(rows.stream().map(Shot::getId).toList()).stream()
                .collect(Collectors.groupingBy(StoredCast::shotId));
        for (int i = 0; i < rows.size(); i++) {
            Shot shot = shots.saveAndFlush(rows.get(i).copyTo(copy.getId(), i));
            for (StoredCast cast : castOf.getOrDefault(rows.get(i).getId(), List.of())) {
                StoredCast copied = new StoredCast(UUID.randomUUID(), shot.getId(), cast.slot(), cast.sortOrder(), cast.lineageId(),
                        cast.pinnedVersionId(), cast.context());
                casts.insert(copied);
                usage.cast(copied, copy.getName(), label(shot, i + 1));
            }
        }
        shots.flush();
        return summary(copy);
    }

    @Transactional
    public ShotListSummary archive(UUID id, boolean archived) {
        ShotList list = load(id);
        list.setArchived(archived);
        return summary(lists.saveAndFlush(list));
    }

    /** The rows and their casts go with it; the assets' usage history keeps the uses (without a link). */
    @Transactional
    public void delete(UUID id) {
        lists.delete(load(id));
        lists.flush();
    }

    ShotList load(UUID id) {
        return lists.findById(id).orElseThrow(() -> new UserFacingException("That shot list no longer exists."));
    }

    static String label(Shot shot, int position) {
        return shot.getLabel() == null ? String.valueOf(position) : shot.getLabel();
    }

    private void apply(ShotList list, ShotListDraft draft) {
        list.setDescription(ShotTexts.optional("Description", draft.description(), ShotLimits.TEXT_MAX_LENGTH));
        list.setStatus((draft.status() == null ? ShotListStatus.DRAFT : draft.status()).code());
        list.setBrandProfileId(draft.brandProfileId());
        list.setDefaultProviderId(draft.defaultProviderId());
    }

    private static String copyName(String original, Set<String> taken) {
        String base = original.replaceFirst(" \\(copy(?: \\d+)?\\)$", "");
        String candidate = base + " (copy)";
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + " (copy " + n + ")";
        }
        if (candidate.length() > ShotLimits.NAME_MAX_LENGTH) {
            throw new UserFacingException("The copy's name would be too long; rename the list first.");
        }
        return candidate;
    }

    private ShotListSummary summary(ShotList list) {
        String brand = list.getBrandProfileId() == null ? null
                : brands.find(list.getBrandProfileId()).map(BrandProfileView::name).orElse(null);
        return new ShotListSummary(list.getId(), list.getProjectId(), list.getName(), list.getDescription(),
                ShotListStatus.of(list.getStatus()), list.getBrandProfileId(), brand, list.getDefaultProviderId(),
                (int) shots.countByShotListId(list.getId()),
                shots.findByShotListIdOrderBySortOrder(list.getId()).stream().map(Shot::getSelectedFrameKey).filter(Objects::nonNull).toList(),
                list.isArchived(), list.getUpdatedAt(),
                Objects.requireNonNullElse(list.getLockVersion(), 0L), list.getOrderVersion());
    }

}
