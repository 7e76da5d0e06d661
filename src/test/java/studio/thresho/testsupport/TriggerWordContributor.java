package studio.thresho.testsupport;

import studio.thresho.asset.AssetDetail;
import studio.thresho.generation.PlanContributor;
import studio.thresho.generation.PlanDraft;

/**
 * A feature that adds to plans the way a LoRA module will: for talents whose name starts with
 * "Trained ", it offers "LoRA (0.8)", puts the trigger word "ohwx" before the name and sets a
 * provider option. Other plans are left alone.
 */
public class TriggerWordContributor implements PlanContributor {

    public static final String PREFIX = "Trained ";

    @Override
    public void contribute(PlanDraft draft) {
        for (AssetDetail talent : draft.talents()) {
            if (talent.name().startsWith(PREFIX) && draft.offer("lora:" + talent.lineageId(), "LoRA " + talent.slug() + " (0.8)")) {
                draft.trigger(talent.lineageId(), "ohwx");
                draft.option("lora_weight", 0.8);
                draft.note("The LoRA of " + talent.name() + " is used.");
            }
        }
    }
}
