package studio.thresho.insight;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn-Munkres, with potentials): pairs rows with columns so the summed cost
 * is least, each used at most once; a rectangular matrix leaves the surplus rows or columns unpaired.
 * Here rows are the cast talents, columns the faces found, costs the face distances.
 */
final class Assignment {

    static final int UNPAIRED = -1;

    private Assignment() {
    }

    /** For each row, the column it is paired with, or {@link #UNPAIRED}. */
    static int[] minimise(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        int[] pairs = new int[rows];
        Arrays.fill(pairs, UNPAIRED);
        if (rows == 0 || cols == 0) {
            return pairs;
        }
        boolean transposed = rows > cols;
        double[][] a = transposed ? transpose(cost) : cost;
        int n = a.length;
        int m = a[0].length;
        // 1-based arrays as in the classic formulation; column 0 is the virtual start
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfCol = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfCol[0] = i;
            int col = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[col] = true;
                int row = rowOfCol[col];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double reduced = a[row - 1][j - 1] - u[row] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = col;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfCol[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                col = next;
            } while (rowOfCol[col] != 0);
            do {
                int previous = way[col];
                rowOfCol[col] = rowOfCol[previous];
                col = previous;
            } while (col != 0);
        }
        for (int j = 1; j <= m; j++) {
            if (rowOfCol[j] != 0) {
                if (transposed) {
                    pairs[j - 1] = rowOfCol[j] - 1;
                } else {
                    pairs[rowOfCol[j] - 1] = j - 1;
                }
            }
        }
        return pairs;
    }

    private static double[][] transpose(double[][] matrix) {
        double[][] t = new double[matrix[0].length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                t[j][i] = matrix[i][j];
            }
        }
        return t;
    }
}
