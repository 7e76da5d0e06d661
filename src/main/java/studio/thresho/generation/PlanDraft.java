package studio.thresho.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.prompt.ShotSpec;

/**
 * A plan while {@link PlanContributor}s add to it: what it is for (provider, talents at their exact
 * versions, shot), and what they may add (a trigger word in a talent's subject, provider options,
 * a line in the preview).
 */
public final class PlanDraft {

    private final PlanRequest request;
    private final List<AssetDetail> talents;
    private final Map<UUID, String> triggers = new HashMap<>();
    private final Map<String, Object> options = new LinkedHashMap<>();
    private final List<PlanAddition> additions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    PlanDraft(PlanRequest request, List<AssetDetail> talents) {
        this.request = request;
        this.talents = List.copyOf(talents);
    }

    public String providerId() {
        return request.providerId();
    }

    /** The picked talents at the versions the generation will use, in order. */
    public List<AssetDetail> talents() {
        return talents;
    }

    public Optional<ShotSpec> shot() {
        return Optional.ofNullable(request.shot());
    }

    /**
     * Shows an addition in the plan's preview and says whether it applies: the user may have
     * switched it off for this generation, in which case the contributor adds nothing else.
     */
    public boolean offer(String id, String label) {
        boolean on = !request.switchedOff().contains(id);
        additions.add(new PlanAddition(id, label, on));
        return on;
    }

    /** A word put beside the talent's name where the prompt first names them: "Marcus (ohwx)". */
    public void trigger(UUID talentLineageId, String word) {
        triggers.put(talentLineageId, word);
    }

    public void option(String key, Object value) {
        options.put(key, value);
    }

    /** A line the preview shows under the prompt. */
    public void note(String text) {
        notes.add(text);
    }

    String triggerOf(UUID talentLineageId) {
        return triggers.get(talentLineageId);
    }

    Map<String, Object> options() {
        return options;
    }

    List<PlanAddition> additions() {
        return additions;
    }

    List<String> notes() {
        return notes;
    }
}
