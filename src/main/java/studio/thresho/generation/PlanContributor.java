package studio.thresho.generation;

/**
 * A feature that adds to every plan it concerns (a talent's LoRA and trigger word, say) without
 * this module knowing it: implement it as a Spring bean in the contributing module. Called once
 * per plan, after the picks are resolved to exact versions and before the prompt is assembled.
 */
public interface PlanContributor {

    void contribute(PlanDraft draft);
}
