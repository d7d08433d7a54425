package org.lexbench.scoring;

/**
 * The shape every derived-weight method expects of its input: {@code columns[j][i]} is indicator
 * j's value for firm i, one column per indicator, every column holding one value per firm, NaN for
 * a missing value and no infinities.
 */
final class IndicatorColumns {

	private IndicatorColumns() {
	}

	/**
	 * Checks the shape and returns the number of firms.
	 * @throws IllegalArgumentException naming the zero-based column (and firm) at fault when there
	 * is no column, no firm, columns of differing lengths or an infinite value
	 */
	static int firms(double[][] columns) {
		if (columns.length == 0) {
			throw new IllegalArgumentException("no indicator columns to weigh");
		}
		int firms = columns[0].length;
		if (firms == 0) {
			throw new IllegalArgumentException("no firms to derive weights from: the columns are empty");
		}
		for (int j = 0; j < columns.length; j++) {
			if (columns[j].length != firms) {
				throw new IllegalArgumentException("column " + j + " holds " + columns[j].length
						+ " firms but column 0 holds " + firms + "; every column needs one value per firm");
			}
			for (int i = 0; i < firms; i++) {
				if (Double.isInfinite(columns[j][i])) {
					throw new IllegalArgumentException("column " + j + ", firm " + i + " is " + columns[j][i]
							+ "; values must be finite, or NaN when missing");
				}
			}
		}
		return firms;
	}

	/** Each amount's share of their total, or equal shares when the total is zero. */
	static double[] shares(double[] amounts) {
		double total = 0;
		for (double a : amounts) {
			total += a;
		}
		double[] shares = new double[amounts.length];
		for (int j = 0; j < amounts.length; j++) {
			shares[j] = total > 0 ? amounts[j] / total : 1.0 / amounts.length;
		}
		return shares;
	}

}
