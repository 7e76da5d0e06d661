package studio.thresho.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void twoTalentsAreMatchedToTheFacesThatFitBothBestNotEachGreedily() {
        // talent 0 is slightly closer to face 0, but pairing talent 1 with face 1 would cost far more
        double[][] distances = {
            {0.30, 0.35},
            {0.31, 0.90}};

        assertThat(Assignment.minimise(distances)).containsExactly(1, 0);
    }

    @Test
    void moreFacesThanTalentsLeavesFacesOverAndFewerLeavesTalentsUnpaired() {
        assertThat(Assignment.minimise(new double[][] {{0.9, 0.2, 0.5}})).containsExactly(1);
        assertThat(Assignment.minimise(new double[][] {{0.4}, {0.1}, {0.7}}))
                .containsExactly(Assignment.UNPAIRED, 0, Assignment.UNPAIRED);
    }

    @Test
    void noFacesLeavesEveryTalentUnpaired() {
        assertThat(Assignment.minimise(new double[][] {{}, {}})).containsExactly(Assignment.UNPAIRED, Assignment.UNPAIRED);
        assertThat(Assignment.minimise(new double[0][0])).isEmpty();
    }

    @Test
    void aLargerMatrixFindsTheLeastTotal() {
        double[][] cost = {
            {4, 1, 3},
            {2, 0, 5},
            {3, 2, 2}};

        int[] pairs = Assignment.minimise(cost);

        assertThat(pairs).containsExactly(1, 0, 2);
    }
}
