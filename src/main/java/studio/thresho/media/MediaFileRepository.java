package studio.thresho.media;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface MediaFileRepository extends JpaRepository<MediaFile, String> {

    /**
     * Records a file, or marks a known one as stored again now (so the sweep does not take it while the
     * upload that brought it back is unsaved): concurrent ingests of the same bytes both succeed.
     */
    @Transactional
    @Modifying
    @Query(value = """
            INSERT INTO media_files
                (sha256, media_kind, mime_type, size_bytes, width, height, derived_mime_type, original_filename, created_by, created_at, last_stored_at)
            VALUES (:sha256, 'image', :mimeType, :sizeBytes, :width, :height, :derivedMimeType, :originalFilename, :createdBy, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
            ON DUPLICATE KEY UPDATE last_stored_at = UTC_TIMESTAMP(6)
            """, nativeQuery = true)
    int insertIfAbsent(String sha256, String mimeType, long sizeBytes, int width, int height, String derivedMimeType,
                       String originalFilename, String createdBy);

    /**
     * Records a file whose pixels are not read, a video ({@code mediaKind} 'video') or a file that is no
     * picture (an uploaded LoRA, a dataset ZIP: 'file'), or marks a known one as stored again now.
     */
    @Transactional
    @Modifying
    @Query(value = """
            INSERT INTO media_files
                (sha256, media_kind, mime_type, size_bytes, original_filename, created_by, created_at, last_stored_at)
            VALUES (:sha256, :mediaKind, :mimeType, :sizeBytes, :originalFilename, :createdBy, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
            ON DUPLICATE KEY UPDATE last_stored_at = UTC_TIMESTAMP(6)
            """, nativeQuery = true)
    int insertUnsizedIfAbsent(String mediaKind, String sha256, String mimeType, long sizeBytes, String originalFilename,
                              String createdBy);
}
