package studio.thresho.lora;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetService;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.FileIngest;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.StreamedBlob;
import studio.thresho.provider.InstalledLoras;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderUnreachableException;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * The LoRAs of a talent (FR-10.3): uploaded safetensors files, Replicate trained versions, LoRAs an
 * engine already has, and weights URLs. Everyone signed in sees them; editors add and remove them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LoraModelService {

    /** The largest LoRA file accepted: big SDXL and Flux LoRAs stay well below it. */
    public static final long MAX_UPLOAD_BYTES = 2L * 1024 * 1024 * 1024;
    public static final BigDecimal MIN_WEIGHT = new BigDecimal("-2");
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("2");
    public static final int MAX_NAME_LENGTH = 200;
    static final String SAFETENSORS_TYPE = "application/octet-stream";
    private static final Pattern REPLICATE_VERSION = Pattern.compile("[a-z0-9][a-z0-9_.-]*/[a-z0-9][a-z0-9_.-]*:[0-9a-f]{64}");
    private static final String GONE = "This LoRA was removed meanwhile.";
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");

    private final LoraModelStore store;
    private final AssetService assets;
    private final FileIngest files;
    private final MediaService media;
    private final SafetensorsCheck safetensors;
    private final List<InstalledLoras> engines;
    private final CurrentUser currentUser;

    LoraModelService(LoraModelStore store, AssetService assets, FileIngest files, MediaService media, SafetensorsCheck safetensors,
                     List<InstalledLoras> engines, CurrentUser currentUser) {
        this.store = store;
        this.assets = assets;
        this.files = files;
        this.media = media;
        this.safetensors = safetensors;
        this.engines = engines;
        this.currentUser = currentUser;
    }

    /** The talent's LoRAs, oldest first, each flagged when the talent has moved on to a newer major version. */
    public List<LoraModel> ofTalent(UUID lineageId) {
        String active = assets.get(lineageId).version();
        return store.ofLineage(lineageId).stream().map(model -> model.withOutdated(outdated(model.trainedFromVersion(), active))).toList();
    }

    /** Streams a {@code .safetensors} file to the blob store and records it; a file that is no LoRA is refused and not kept. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public LoraModel upload(UUID lineageId, String fileName, InputStream in, LoraSettings settings) {
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".safetensors")) {
            throw new UserFacingException("Upload a .safetensors file.");
        }
        AssetDetail talent = assets.get(lineageId);
        LoraSettings checked = checked(settings, talent, fileName.substring(0, fileName.length() - ".safetensors".length()));
        StreamedBlob blob = files.ingest(fileName, SAFETENSORS_TYPE, in, MAX_UPLOAD_BYTES, safetensors);
        return add(talent, LoraKind.UPLOAD, null, fileName, blob.key(), blob.size(), checked);
    }

    /** A version trained on Replicate, {@code owner/name:version}. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public LoraModel addReplicateVersion(UUID lineageId, String version, LoraSettings settings) {
        String trimmed = version == null ? "" : version.strip();
        if (!REPLICATE_VERSION.matcher(trimmed).matches()) {
            throw new UserFacingException("A Replicate version reads owner/name:version, with the 64-character version id.");
        }
        AssetDetail talent = assets.get(lineageId);
        return add(talent, LoraKind.REPLICATE, "replicate", trimmed, null, null,
                checked(settings, talent, trimmed.substring(trimmed.indexOf('/') + 1, trimmed.indexOf(':'))));
    }

    /** A LoRA the engine lists; the name must be one it has. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public LoraModel addEngineLora(UUID lineageId, String providerId, String loraName, LoraSettings settings) {
        InstalledLoras engine = engine(providerId);
        if (loraName == null || !installed(engine).contains(loraName)) {
            throw new UserFacingException(engine.displayName() + " has no LoRA named " + loraName + ": pick one from its list.");
        }
        AssetDetail talent = assets.get(lineageId);
        String base = loraName.replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.[A-Za-z0-9]+$", "");
        return add(talent, LoraKind.ENGINE, engine.id(), loraName, null, null, checked(settings, talent, base));
    }

    /** A URL Replicate downloads as {@code lora_weights} (a Hugging Face or Civitai link, for instance). */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public LoraModel addWeightsUrl(UUID lineageId, String url, LoraSettings settings) {
        String trimmed = url == null ? "" : url.strip();
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("This is not a URL: " + trimmed);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || trimmed.length() > 1000) {
            throw new UserFacingException("Replicate fetches LoRA weights from an https:// URL of at most 1000 characters.");
        }
        AssetDetail talent = assets.get(lineageId);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("/+$", "");
        String base = path.isEmpty() ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]+$", "");
        return add(talent, LoraKind.URL, "replicate", trimmed, null, null, checked(settings, talent, base));
    }

    /** The configured engines that keep their own LoRAs. */
    public List<InstalledLoras> engines() {
        return engines.stream().filter(InstalledLoras::available).toList();
    }

    /** The LoRAs an engine lists, for the picker. */
    public List<String> engineLoras(String providerId) {
        return installed(engine(providerId));
    }

    private static List<String> installed(InstalledLoras engine) {
        try {
            return engine.installedLoras();
        } catch (ProviderRefusedException | ProviderUnreachableException unlisted) {
            throw new UserFacingException(engine.displayName() + " did not list its LoRAs: " + unlisted.getMessage());
        }
    }

    /** Removes the LoRA; an uploaded file goes with the media sweep once no other LoRA names it. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public void remove(UUID id) {
        if (!store.delete(id)) {
            throw new UserFacingException(GONE);
        }
    }

    /** Switches a LoRA off (generations stop using it) or on again. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    public LoraModel switchOn(UUID id, boolean on) {
        if (!store.setStatus(id, on ? LoraModel.ACTIVE : LoraModel.SWITCHED_OFF)) {
            throw new UserFacingException(GONE);
        }
        LoraModel model = store.find(id).orElseThrow(() -> new UserFacingException(GONE));
        return model.withOutdated(outdated(model.trainedFromVersion(), assets.get(model.lineageId()).version()));
    }

    /** An uploaded LoRA's file, to download into an engine's loras folder; empty for other kinds or a missing file. */
    public Optional<MediaContent> file(LoraModel model) {
        if (model.kind() != LoraKind.UPLOAD || model.mediaKey() == null) {
            return Optional.empty();
        }
        try {
            return media.open(model.mediaKey(), MediaVariant.ORIGINAL);
        } catch (java.io.IOException unreadable) {
            throw new UserFacingException("The LoRA file could not be read: " + unreadable.getMessage());
        }
    }

    /** "trained from v1.1.0; the talent is now v2.0.0" when the active version's major number is higher. */
    static Optional<String> outdated(String trainedFrom, String active) {
        var trained = trainedFrom == null ? null : VERSION.matcher(trainedFrom);
        var now = active == null ? null : VERSION.matcher(active);
        if (trained == null || now == null || !trained.matches() || !now.matches()
                || Integer.parseInt(trained.group(1)) >= Integer.parseInt(now.group(1))) {
            return Optional.empty();
        }
        return Optional.of("trained from v" + trainedFrom + "; the talent is now v" + active);
    }

    private InstalledLoras engine(String providerId) {
        return engines().stream().filter(engine -> engine.id().equals(providerId)).findFirst()
                .orElseThrow(() -> new UserFacingException("No configured engine " + providerId + " lists LoRAs."));
    }

    private LoraModel add(AssetDetail talent, LoraKind kind, String provider, String source, String mediaKey, Long size, LoraSettings settings) {
        UUID createdBy = currentUser.get().map(SignedInUser::id).orElse(null);
        UUID id = store.insert(talent.lineageId(), talent.versionId(), kind, provider, source, mediaKey, size, settings, createdBy);
        return store.find(id).orElseThrow().withOutdated(outdated(settings.trainedFromVersion(), talent.version()));
    }

    private static LoraSettings checked(LoraSettings settings, AssetDetail talent, String suggestedName) {
        String name = blankToNull(settings.name());
        name = name == null ? suggestedName : name;
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("Give the LoRA a name of at most " + MAX_NAME_LENGTH + " characters.");
        }
        String trigger = blankToNull(settings.triggerWord());
        if (trigger != null) {
            TriggerWords.problem(trigger).ifPresent(problem -> {
                throw new UserFacingException(problem);
            });
        }
        BigDecimal weight = settings.defaultWeight() == null ? BigDecimal.ONE : settings.defaultWeight();
        if (weight.compareTo(MIN_WEIGHT) < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
            throw new UserFacingException("The weight lies between " + MIN_WEIGHT + " and " + MAX_WEIGHT + ".");
        }
        String trainedFrom = blankToNull(settings.trainedFromVersion());
        trainedFrom = trainedFrom == null ? talent.version() : trainedFrom.replaceFirst("^v", "");
        if (!VERSION.matcher(trainedFrom).matches()) {
            throw new UserFacingException("A talent version reads like 1.2.0.");
        }
        return new LoraSettings(name.strip(), trigger, weight, blankToNull(settings.baseModel()), trainedFrom);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
