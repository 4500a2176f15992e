package dev.orgwright.model.diff;

/**
 * Which elements of a sequence of distinct numbers form a longest increasing subsequence: the
 * siblings (or duties) that can stay where they are while the others are put in place, so that
 * a reordering is reported as few moves as possible. O(n log n).
 */
final class LongestIncreasing {

    private LongestIncreasing() {
    }

    static boolean[] members(int[] values) {
        int n = values.length;
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tailIndex[mid]] < values[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            length = Math.max(length, lo + 1);
        }
        boolean[] in = new boolean[n];
        for (int k = length == 0 ? -1 : tailIndex[length - 1]; k >= 0; k = previous[k]) {
            in[k] = true;
        }
        return in;
    }
}
