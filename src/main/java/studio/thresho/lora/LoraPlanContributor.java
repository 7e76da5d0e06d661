package studio.thresho.lora;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanContributor;
import studio.thresho.generation.PlanDraft;
import studio.thresho.media.ShareLinkService;
import studio.thresho.provider.EngineLora;

/**
 * FR-10.3: a picked talent's LoRA is used whenever the engine can: the one the engine lists by name
 * on ComfyUI (a LoraLoader node) and AUTOMATIC1111 ({@code <lora:name:weight>}); on Replicate a
 * trained version runs instead of the configured model, a weights URL or an uploaded file (through a
 * public link, so PUBLIC_BASE_URL must be set) goes as {@code lora_weights};
 * the trigger word goes in the talent's subject. Shown in the plan as "LoRA marcus-v2 (0.8)" and switchable off.
 */
@Component
class LoraPlanContributor implements PlanContributor {

    /** Runs a trained version, or any LoRA-taking model with {@code lora_weights}. */
    static final String REPLICATE = "replicate";

    private final LoraModelStore store;
    private final ShareLinkService shares;

    LoraPlanContributor(LoraModelStore store, ShareLinkService shares) {
        this.store = store;
        this.shares = shares;
    }

    @Override
    public void contribute(PlanDraft draft) {
        List<EngineLora> used = new java.util.ArrayList<>();
        String trainedVersion = null;
        for (AssetDetail talent : draft.talents()) {
            List<LoraModel> models = store.ofLineage(talent.lineageId()).stream().filter(LoraModel::active).toList();
            Optional<LoraModel> usable = models.stream().filter(model -> usableOn(model, draft.providerId())).reduce((first, later) -> later);
            if (usable.isEmpty()) {
                if (!models.isEmpty()) {
                    draft.note(talent.name() + "'s LoRA is not used: " + why(models.getLast(), draft.providerId()));
                }
                continue;
            }
            LoraModel lora = usable.get();
            if (draft.offer(additionId(talent), "LoRA " + lora.shortLabel())) {
                used.add(new EngineLora(lora.source(), lora.defaultWeight(), lora.kind() == LoraKind.UPLOAD ? lora.mediaKey() : null));
                trainedVersion = lora.kind() == LoraKind.REPLICATE ? lora.source() : trainedVersion;
                if (lora.triggerWord() != null) {
                    draft.trigger(talent.lineageId(), lora.triggerWord());
                }
                LoraModelService.outdated(lora.trainedFromVersion(), talent.version())
                        .ifPresent(note -> draft.note("LoRA " + lora.name() + " was " + note + "."));
            }
        }
        if (!used.isEmpty()) {
            draft.option(EngineLora.OPTION, EngineLora.toOption(used));
        }
        if (trainedVersion != null) {
            draft.option(EngineLora.TRAINED_VERSION, trainedVersion);
        }
    }

    static String additionId(AssetDetail talent) {
        return "lora:" + talent.lineageId();
    }

    private boolean usableOn(LoraModel model, String providerId) {
        return switch (model.kind()) {
            case ENGINE -> providerId != null && providerId.equals(model.provider());
            case REPLICATE, URL -> REPLICATE.equals(providerId);
            case UPLOAD -> REPLICATE.equals(providerId) && shares.configured();
        };
    }

    private static String why(LoraModel model, String providerId) {
        return switch (model.kind()) {
            case ENGINE -> "it is installed on " + model.provider() + ", not on " + providerId + ".";
            case UPLOAD -> REPLICATE.equals(providerId)
                    ? "Replicate downloads an uploaded file through a public link: set PUBLIC_BASE_URL to this server's public address."
                    : "engines cannot receive model files through their APIs; download " + model.source()
                    + " from the talent's LoRA models into the engine's loras folder, then add it from the engine's list.";
            case REPLICATE, URL -> "only Replicate runs it.";
        };
    }
}
