package org.lexbench.firmdata.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The indicator values of synthetic firms, one firm at a time: on starting a firm it draws the
 * firm's position on every column for every year; then it gives each year's finished values.
 */
final class ValueModel {

	private final List<SyntheticColumn> columns;

	private final RandomGenerator random;

	private final int years;

	/** Positions by column and year, reused from firm to firm. */
	private final double[][] positions;

	private SyntheticFirm firm;

	ValueModel(List<SyntheticColumn> columns, int years, RandomGenerator random) {
		this.columns = List.copyOf(columns);
		this.random = random;
		this.years = years;
		this.positions = new double[columns.size()][years];
	}

	void start(SyntheticFirm next) {
		this.firm = next;
		for (int j = 0; j < this.columns.size(); j++) {
			SyntheticColumn column = this.columns.get(j);
			Positions.fill(this.random, column.latent().of(next), column.loading(), this.positions[j], this.years);
		}
	}

	/** The values of year {@code t} of the current firm, into {@code into} (one per column). */
	void year(int t, double[] into) {
		for (int j = 0; j < this.columns.size(); j++) {
			SyntheticColumn column = this.columns.get(j);
			into[j] = column.finish(column.shape().value(this.firm, t, this.positions[j][t]));
		}
	}

}
