package studio.thresho.generation;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.VersionRequest;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;

/** Promotes a generated image into an asset's images (FR-8.1), as a new version of that asset. */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ResultPromotionService {

    private final GenerationService generations;
    private final AssetService assets;

    ResultPromotionService(GenerationService generations, AssetService assets) {
        this.generations = generations;
        this.assets = assets;
    }

    /**
     * Adds a result to an asset as a new version: as a reference image, or as the new headshot (the
     * previous one stays as a reference image).
     */
    @Transactional
    public AssetDetail promote(UUID generationId, String mediaKey, UUID lineageId, boolean asHeadshot) {
        GenerationView generation = generations.get(generationId);
        if (generation.results().stream().noneMatch(result -> result.mediaKey().equals(mediaKey))) {
            throw new UserFacingException("That image is not a result of this generation.");
        }
        AssetDetail latest = assets.latest(lineageId);
        ImageSet images = ImageSet.of(latest.images()).add(mediaKey, asHeadshot ? ImageType.HEADSHOT : ImageType.REFERENCE, null,
                "Generated " + generation.createdAt().toString().substring(0, 10));
        return assets.save(AssetDraft.of(latest), images.images(), new VersionRequest(null,
                (asHeadshot ? "New headshot" : "Added a reference image") + " from a generation with " + generation.providerName(), null));
    }
}
