package org.lexbench.scoring;

import java.util.function.IntBinaryOperator;

/**
 * A stable merge sort of row indices by a comparison of the rows they point to: O(n log n), no
 * boxing, and equal rows keep their input order, so ranking is deterministic.
 */
final class IndexOrder {

	private IndexOrder() {
	}

	/** Sorts {@code indices} in place; {@code order} compares two indices like a comparator. */
	static void sort(int[] indices, IntBinaryOperator order) {
		int[] buffer = new int[indices.length];
		for (int width = 1; width < indices.length; width *= 2) {
			for (int from = 0; from < indices.length - width; from += 2 * width) {
				merge(indices, buffer, from, from + width, Math.min(from + 2 * width, indices.length), order);
			}
		}
	}

	private static void merge(int[] a, int[] buffer, int from, int middle, int to, IntBinaryOperator order) {
		if (order.applyAsInt(a[middle - 1], a[middle]) <= 0) {
			return;
		}
		System.arraycopy(a, from, buffer, from, to - from);
		int left = from;
		int right = middle;
		for (int k = from; k < to; k++) {
			if (right >= to || (left < middle && order.applyAsInt(buffer[left], buffer[right]) <= 0)) {
				a[k] = buffer[left++];
			}
			else {
				a[k] = buffer[right++];
			}
		}
	}

}
