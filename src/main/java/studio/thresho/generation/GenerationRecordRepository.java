package studio.thresho.generation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface GenerationRecordRepository extends JpaRepository<GenerationRecord, UUID> {

    List<GenerationRecord> findByProjectIdOrderByCreatedAtDesc(UUID projectId, Pageable page);

    List<GenerationRecord> findByShotIdInOrderByCreatedAt(java.util.Collection<UUID> shotIds);
}
