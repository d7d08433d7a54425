package org.lexbench.scoring;

import java.util.List;
import java.util.Optional;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.Node;

/**
 * The denominate step: each indicator with a {@code denominator} is divided by it, firm by firm
 * (revenue per lawyer, offices per 100 lawyers). The denominator is another indicator's raw value
 * or a numeric firm attribute; where it is missing or zero the result is missing, and counted.
 */
public final class Denomination {

	/** What was divided by what, and how many values became missing for want of a denominator. */
	public record Divided(String indicator, String denominator, int lost) {
	}

	private Denomination() {
	}

	/** Divides {@code columns} (by scored indicator, in place) and says what it did. */
	static List<Divided> apply(IndicatorSet set, List<Indicator> indicators, double[][] columns, FirmSlice firms) {
		List<Divided> done = new java.util.ArrayList<>();
		for (int j = 0; j < indicators.size(); j++) {
			Optional<String> by = indicators.get(j).denominator();
			if (by.isEmpty()) {
				continue;
			}
			Optional<Node> node = set.find(by.get());
			double[] d = node.isPresent() && node.get() instanceof Indicator i ? firms.raw(i) : firms.attribute(by.get());
			int lost = 0;
			double[] x = columns[j];
			for (int f = 0; f < x.length; f++) {
				if (Double.isNaN(x[f])) {
					continue;
				}
				if (Double.isNaN(d[f]) || d[f] == 0) {
					x[f] = Double.NaN;
					lost++;
				}
				else {
					x[f] = x[f] / d[f];
				}
			}
			done.add(new Divided(indicators.get(j).id(), by.get(), lost));
		}
		return done;
	}

}
