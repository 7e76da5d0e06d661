package studio.thresho.generation;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.security.UserDirectory;

/** Every generation of the current project, newest first, a page at a time, filtered (FR-8.1 "from generation history"). */
@Service
@PreAuthorize("isAuthenticated()")
public class GenerationHistory {

    /**
     * What to show; every part is optional.
     *
     * @param talent a talent's lineage: only generations that cast it
     * @param from   first day (inclusive), in the server's time zone
     * @param to     last day (inclusive)
     */
    public record Filter(UUID talent, String providerId, UUID userId, GenerationStatus status, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    private final GenerationRecordRepository repository;
    private final GenerationRecords records;
    private final CurrentProjectService currentProject;
    private final UserDirectory users;

    GenerationHistory(GenerationRecordRepository repository, GenerationRecords records, CurrentProjectService currentProject,
                      UserDirectory users) {
        this.repository = repository;
        this.records = records;
        this.currentProject = currentProject;
        this.users = users;
    }

    /** One page, newest first; {@code offset} is a multiple of {@code limit} (as a lazy grid asks). */
    @Transactional(readOnly = true)
    public List<GenerationView> page(Filter filter, int offset, int limit) {
        return currentProject.current().map(project -> repository.findAll(matching(project.id(), filter),
                        PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by(Sort.Direction.DESC, "createdAt")))
                .stream().map(records::view).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return currentProject.current().map(project -> repository.count(matching(project.id(), filter))).orElse(0L);
    }

    /** The people who generated in the current project, by display name. */
    @Transactional(readOnly = true)
    public Map<UUID, String> creators() {
        return currentProject.current().map(project -> users.displayNames(repository.creatorsIn(project.id()))).orElse(Map.of());
    }

    private static Specification<GenerationRecord> matching(UUID projectId, Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("projectId"), projectId));
            if (filter.talent() != null) {
                // the record names each asset version it used, with its lineage, in its JSON; a talent is cast as "talent"
                all.add(cb.like(root.get("assetVersionsJson"), "%\"lineageId\":\"" + filter.talent() + "\"%"));
            }
            if (filter.providerId() != null) {
                all.add(cb.equal(root.get("providerId"), filter.providerId()));
            }
            if (filter.userId() != null) {
                all.add(cb.equal(root.get("createdBy"), filter.userId()));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status().dbValue()));
            }
            if (filter.from() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("createdAt"), filter.from().atStartOfDay(ZoneId.systemDefault()).toInstant()));
            }
            if (filter.to() != null) {
                all.add(cb.lessThan(root.get("createdAt"), filter.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
