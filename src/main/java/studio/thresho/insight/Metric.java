package studio.thresho.insight;

/** The spec's five success metrics, each with its target. */
public enum Metric {
    ASSETS_PER_PROJECT("Assets created per project", "avg 5+", 5, true, ""),
    TALENT_REUSE("Talent reuse rate", "> 60% of generations reference library talent", 60, true, "%"),
    CONSISTENCY_RATING("Character consistency rating", "> 4/5 (users' ratings)", 4, true, "/5"),
    TIME_TO_ADD_TALENT("Time to add new talent", "< 3 minutes", 3, false, " min"),
    SEARCH_SUCCESS("Library search success", "> 80% find the asset on the first search", 80, true, "%");

    private final String title;
    private final String target;
    private final double goal;
    private final boolean higherIsBetter;
    private final String unit;

    Metric(String title, String target, double goal, boolean higherIsBetter, String unit) {
        this.title = title;
        this.target = target;
        this.goal = goal;
        this.higherIsBetter = higherIsBetter;
        this.unit = unit;
    }

    public String title() {
        return title;
    }

    public String target() {
        return target;
    }

    public double goal() {
        return goal;
    }

    public String unit() {
        return unit;
    }

    public boolean met(double value) {
        return higherIsBetter ? value >= goal : value < goal;
    }
}
