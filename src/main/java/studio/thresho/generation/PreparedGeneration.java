package studio.thresho.generation;

/**
 * A request planned and checked on the server, ready to be written, or the reason it is refused.
 * Only {@link GenerationService#prepare} makes one, so what is written is always the server's plan.
 */
public final class PreparedGeneration {

    private final PlanRequest request;
    private final GenerationPlan plan;
    private final String refusal;

    private PreparedGeneration(PlanRequest request, GenerationPlan plan, String refusal) {
        this.request = request;
        this.plan = plan;
        this.refusal = refusal;
    }

    static PreparedGeneration planned(PlanRequest request, GenerationPlan plan) {
        return new PreparedGeneration(request, plan, null);
    }

    static PreparedGeneration refused(PlanRequest request, String refusal) {
        return new PreparedGeneration(request, null, refusal);
    }

    public PlanRequest request() {
        return request;
    }

    GenerationPlan plan() {
        return plan;
    }

    public boolean refused() {
        return refusal != null;
    }

    /** Why it cannot be sent, in words for the user; null when it can. */
    public String refusal() {
        return refusal;
    }
}
