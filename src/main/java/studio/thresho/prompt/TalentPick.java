package studio.thresho.prompt;

import java.util.Objects;
import studio.thresho.asset.AssetDetail;

/** One selected talent (the exact version) with its context for this generation. */
public record TalentPick(AssetDetail talent, TalentContext context) {

    public TalentPick {
        Objects.requireNonNull(talent, "talent");
        context = context == null ? TalentContext.none() : context;
    }
}
