package studio.thresho.prompt;

import java.util.Objects;
import studio.thresho.asset.AssetDetail;

/** The selected environment (the exact version) with its context for this generation. */
public record EnvironmentPick(AssetDetail environment, EnvironmentContext context) {

    public EnvironmentPick {
        Objects.requireNonNull(environment, "environment");
        context = context == null ? EnvironmentContext.none() : context;
    }
}
