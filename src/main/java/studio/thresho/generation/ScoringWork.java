package studio.thresho.generation;

import java.util.List;
import java.util.UUID;

/** A succeeded generation whose image results are to be scored against the talents cast in it. */
public record ScoringWork(UUID generationId, List<UsedAsset> talents, List<String> mediaKeys) {
}
