package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.indicator.MethodChoice;

/**
 * The screen step ({@code coverage}): a firm is kept when the share of the scored indicators it
 * has a value for is at least {@code firms} (COINr's {@code dat_thresh}); then an indicator is
 * kept when the share of the kept firms with a value is at least {@code indicators}. Shares are
 * counted on the values after imputation ({@code on: imputed}, COINr's order and the default) or
 * on the raw values ({@code on: raw}). A firm or indicator screened out is listed with its share.
 */
public final class Screening {

	/** A firm screened out: its number in the run and its coverage (0–1). */
	public record DroppedFirm(int firm, double coverage) {
	}

	/** An indicator screened out, with its coverage (0–1). */
	public record DroppedIndicator(String indicator, double coverage) {
	}

	/** What the step did. */
	public record Screened(String method, double firmThreshold, double indicatorThreshold, String on,
			List<DroppedFirm> firms, List<DroppedIndicator> indicators) {
	}

	private Screening() {
	}

	/**
	 * Screens firms (clearing {@code scored[f]}) and indicators (clearing {@code kept[j]}) by the
	 * coverage of {@code columns}, which are the imputed or the raw values as the choice says.
	 */
	static Screened apply(MethodChoice choice, List<String> ids, double[][] columns, boolean[] scored, boolean[] kept,
			double[] coverage) {
		double firmThreshold = choice.method().equals("coverage") ? choice.number("firms") : 0;
		double indicatorThreshold = choice.method().equals("coverage") ? choice.number("indicators") : 0;
		String on = choice.method().equals("coverage") ? choice.text("on") : "imputed";
		List<DroppedFirm> firms = new ArrayList<>();
		int n = scored.length;
		int indicators = 0;
		for (boolean k : kept) {
			indicators += k ? 1 : 0;
		}
		for (int f = 0; f < n; f++) {
			int present = 0;
			for (int j = 0; j < columns.length; j++) {
				present += kept[j] && !Double.isNaN(columns[j][f]) ? 1 : 0;
			}
			coverage[f] = indicators == 0 ? 0 : (double) present / indicators;
			if (scored[f] && coverage[f] < firmThreshold) {
				scored[f] = false;
				firms.add(new DroppedFirm(f, coverage[f]));
			}
		}
		List<DroppedIndicator> dropped = new ArrayList<>();
		int firmsLeft = 0;
		for (boolean s : scored) {
			firmsLeft += s ? 1 : 0;
		}
		for (int j = 0; j < columns.length; j++) {
			if (!kept[j]) {
				continue;
			}
			int present = 0;
			for (int f = 0; f < n; f++) {
				present += scored[f] && !Double.isNaN(columns[j][f]) ? 1 : 0;
			}
			double share = firmsLeft == 0 ? 0 : (double) present / firmsLeft;
			if (share < indicatorThreshold) {
				kept[j] = false;
				dropped.add(new DroppedIndicator(ids.get(j), share));
			}
		}
		return new Screened(choice.method(), firmThreshold, indicatorThreshold, on, firms, dropped);
	}

}
