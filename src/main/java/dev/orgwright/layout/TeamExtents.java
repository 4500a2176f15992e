package dev.orgwright.layout;

/**
 * For every shown card of one placement, the rectangle its team covers (its own card and every
 * shown card below it) and how many shown positions the team has. Worked out once per placement,
 * in one pass from the leaves up, the first time a zoomed-out view asks for it.
 */
final class TeamExtents {

    private final double[] left;
    private final double[] top;
    private final double[] right;
    private final double[] bottom;
    private final int[] positions;

    TeamExtents(Placement placement, LayoutTree tree, double[] x, double[] y, double[] width, double[] height) {
        int n = x.length;
        left = new double[n];
        top = new double[n];
        right = new double[n];
        bottom = new double[n];
        positions = new int[n];
        int[] preorder = placement.preorder();
        for (int i : preorder) {
            left[i] = x[i];
            top[i] = y[i];
            right[i] = x[i] + width[i];
            bottom[i] = y[i] + height[i];
            positions[i] = 1;
        }
        // Reversed, the preorder meets every card after all the cards of its team.
        for (int k = preorder.length - 1; k >= 0; k--) {
            int i = preorder[k];
            int p = tree.parentOf(i);
            if (p >= 0 && placement.isVisible(p)) {
                left[p] = Math.min(left[p], left[i]);
                top[p] = Math.min(top[p], top[i]);
                right[p] = Math.max(right[p], right[i]);
                bottom[p] = Math.max(bottom[p], bottom[i]);
                positions[p] += positions[i];
            }
        }
    }

    Box extent(int i) {
        return new Box(left[i], top[i], right[i] - left[i], bottom[i] - top[i]);
    }

    double width(int i) {
        return right[i] - left[i];
    }

    double height(int i) {
        return bottom[i] - top[i];
    }

    boolean intersects(int i, double qx, double qy, double qw, double qh) {
        return right[i] >= qx && left[i] <= qx + qw && bottom[i] >= qy && top[i] <= qy + qh;
    }

    int positions(int i) {
        return positions[i];
    }
}
