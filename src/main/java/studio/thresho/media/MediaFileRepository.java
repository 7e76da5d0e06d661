package studio.thresho.media;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface MediaFileRepository extends JpaRepository<MediaFile, String> {

    /** Records a file unless it is known already: concurrent ingests of the same bytes both succeed. */
    @Transactional
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO media_files
                (sha256, media_kind, mime_type, size_bytes, width, height, derived_mime_type, original_filename, created_by, created_at)
            VALUES (:sha256, 'image', :mimeType, :sizeBytes, :width, :height, :derivedMimeType, :originalFilename, :createdBy, UTC_TIMESTAMP(6))
            """, nativeQuery = true)
    int insertIfAbsent(String sha256, String mimeType, long sizeBytes, int width, int height, String derivedMimeType,
                       String originalFilename, String createdBy);

    /** Records a video (no pixel size read, no derivatives) unless it is known already. */
    @Transactional
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO media_files
                (sha256, media_kind, mime_type, size_bytes, original_filename, created_by, created_at)
            VALUES (:sha256, 'video', :mimeType, :sizeBytes, :originalFilename, :createdBy, UTC_TIMESTAMP(6))
            """, nativeQuery = true)
    int insertVideoIfAbsent(String sha256, String mimeType, long sizeBytes, String originalFilename, String createdBy);
}
