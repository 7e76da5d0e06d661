package studio.thresho.exchange;

/** How far a running import is: {@code done} of {@code total} assets, the last one named. */
public record ImportProgress(int done, int total, String current) {

    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
