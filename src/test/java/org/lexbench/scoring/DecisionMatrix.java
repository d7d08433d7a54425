package org.lexbench.scoring;

/** Published examples print one row per alternative; the weight methods take one column per indicator. */
final class DecisionMatrix {

	private DecisionMatrix() {
	}

	static double[][] columns(double[]... rows) {
		double[][] columns = new double[rows[0].length][rows.length];
		for (int i = 0; i < rows.length; i++) {
			for (int j = 0; j < rows[i].length; j++) {
				columns[j][i] = rows[i][j];
			}
		}
		return columns;
	}

}
