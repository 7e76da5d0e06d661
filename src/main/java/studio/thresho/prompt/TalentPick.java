package studio.thresho.prompt;

import java.util.Objects;
import studio.thresho.asset.AssetDetail;

/**
 * One selected talent (the exact version) with its context for this generation.
 *
 * @param trigger a word that calls up the talent's trained LoRA, put beside the name; null for none
 */
public record TalentPick(AssetDetail talent, TalentContext context, String trigger) {

    public TalentPick {
        Objects.requireNonNull(talent, "talent");
        context = context == null ? TalentContext.none() : context;
        trigger = trigger == null || trigger.isBlank() ? null : trigger.trim();
    }

    public TalentPick(AssetDetail talent, TalentContext context) {
        this(talent, context, null);
    }
}
