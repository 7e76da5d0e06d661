package studio.thresho.asset;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.ShareLink;
import studio.thresho.media.ShareLinkService;
import studio.thresho.media.SharedLink;
import studio.thresho.security.SystemAuthentication;

/**
 * Read-only public pages of an asset ({@code /shared/<token>}): one version each, made by editors
 * for 1 to 90 days, listed on the asset with their expiry and last access, revocable.
 */
@Service
public class AssetSharing {

    private final ShareLinkService links;
    private final AssetVersionService versions;

    AssetSharing(ShareLinkService links, AssetVersionService versions) {
        this.links = links;
        this.versions = versions;
    }

    /** A share page of this version of the asset. */
    @PreAuthorize("hasRole('EDITOR')")
    public ShareLink share(AssetDetail asset, int days) {
        if (asset.system()) {
            throw new UserFacingException("System presets ship with every installation; share a copy instead.");
        }
        return links.createForAsset(asset.versionId(), days);
    }

    /** The share pages of every version of the asset, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<SharedLink> linksOf(UUID lineageId) {
        return links.ofAssetVersions(versions.history(lineageId).stream().map(VersionSummary::versionId).toList());
    }

    @PreAuthorize("hasRole('EDITOR')")
    public void revoke(String linkId) {
        links.revoke(linkId);
    }

    /** What a share page shows, for anyone holding a live token; empty otherwise. */
    @PreAuthorize("permitAll()")
    public Optional<AssetDetail> shared(String token) {
        return links.resolveAsset(token).flatMap(versionId -> SystemAuthentication.runAsSystem(() -> {
            try {
                return Optional.of(versions.exactVersion(versionId));
            } catch (UserFacingException gone) {
                return Optional.<AssetDetail>empty();
            }
        }));
    }
}
