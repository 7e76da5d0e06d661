package studio.thresho.lora;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanContributor;
import studio.thresho.generation.PlanDraft;
import studio.thresho.provider.EngineLora;

/**
 * FR-10.3: a picked talent's LoRA is used whenever the engine can: the one the engine lists by name
 * on ComfyUI (a LoraLoader node) and AUTOMATIC1111 ({@code <lora:name:weight>}); on Replicate a
 * trained version runs instead of the configured model, a weights URL goes as {@code lora_weights};
 * the trigger word goes in the talent's subject. Shown in the plan as "LoRA marcus-v2 (0.8)" and switchable off.
 */
@Component
class LoraPlanContributor implements PlanContributor {

    /** Runs a trained version, or any LoRA-taking model with {@code lora_weights}. */
    static final String REPLICATE = "replicate";

    private final LoraModelStore store;

    LoraPlanContributor(LoraModelStore store) {
        this.store = store;
    }

    @Override
    public void contribute(PlanDraft draft) {
        List<EngineLora> used = new java.util.ArrayList<>();
        String trainedVersion = null;
        for (AssetDetail talent : draft.talents()) {
            List<LoraModel> models = store.ofLineage(talent.lineageId()).stream().filter(model -> "active".equals(model.status())).toList();
            Optional<LoraModel> usable = models.stream().filter(model -> usableOn(model, draft.providerId())).reduce((first, later) -> later);
            if (usable.isEmpty()) {
                if (!models.isEmpty()) {
                    draft.note(talent.name() + "'s LoRA is not used: " + why(models.getLast(), draft.providerId()));
                }
                continue;
            }
            LoraModel lora = usable.get();
            if (draft.offer(additionId(talent), "LoRA " + lora.shortLabel())) {
                used.add(new EngineLora(lora.source(), lora.defaultWeight()));
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

    private static boolean usableOn(LoraModel model, String providerId) {
        return switch (model.kind()) {
            case ENGINE -> providerId != null && providerId.equals(model.provider());
            case REPLICATE, URL -> REPLICATE.equals(providerId);
            case UPLOAD -> false;
        };
    }

    private static String why(LoraModel model, String providerId) {
        return switch (model.kind()) {
            case ENGINE -> "it is installed on " + model.provider() + ", not on " + providerId + ".";
            case UPLOAD -> REPLICATE.equals(providerId)
                    ? "an uploaded file does not reach Replicate yet; host it and add its https:// URL as a LoRA."
                    : "engines cannot receive model files through their APIs; download " + model.source()
                    + " into the engine's loras folder and add it from the engine's list.";
            case REPLICATE, URL -> "only Replicate runs it.";
        };
    }
}
