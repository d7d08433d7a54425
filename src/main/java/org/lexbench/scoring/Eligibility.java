package org.lexbench.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.Gate;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.Role;
import org.lexbench.indicator.expression.Bindings;
import org.lexbench.indicator.expression.Truth;

/**
 * The gate step: every eligibility rule of the set (its {@code gates}, and each node whose role is
 * {@code gate}) tested on each firm's raw values and attributes. A firm fails a rule that is false,
 * and also one it cannot be tested on because a value it needs is missing: eligibility must be
 * shown, not assumed. A firm that fails is kept, with every rule it failed, and is not scored.
 */
public final class Eligibility {

	/** One rule: its id, its name, its text. */
	record Rule(String id, Bilingual name, String text, org.lexbench.indicator.expression.Expression expression) {
	}

	/** A rule a firm failed, and whether it failed for want of a value. */
	public record Failure(String rule, Bilingual name, String text, boolean missingValue) {

		/** The rule as a reader sees it: its name and text, and that it could not be checked when a value was missing. */
		public org.lexbench.files.Text describe() {
			return org.lexbench.files.Text.of(this.missingValue ? "council.gate-missing" : "council.gate-failed", this.name,
					this.text);
		}

	}

	private Eligibility() {
	}

	static List<Rule> rules(IndicatorSet set) {
		List<Rule> rules = new ArrayList<>();
		for (Gate g : set.gates()) {
			rules.add(new Rule(g.id(), g.name(), g.rule().text(), g.rule().expression()));
		}
		for (Node n : set.nodes()) {
			if (n.role() == Role.GATE && n.rule().isPresent()) {
				rules.add(new Rule(n.id(), n.name(), n.rule().get().text(), n.rule().get().expression()));
			}
		}
		return rules;
	}

	/** The rules each firm failed, by firm (empty: eligible). */
	static List<List<Failure>> test(IndicatorSet set, FirmSlice firms) {
		List<Rule> rules = rules(set);
		Map<String, double[]> numbers = new HashMap<>();
		for (Rule rule : rules) {
			for (String id : rule.expression().identifiers()) {
				Optional<Node> node = set.find(id);
				if (node.isPresent() && node.get() instanceof Indicator i) {
					numbers.put(id, firms.raw(i));
				}
			}
		}
		List<List<Failure>> out = new ArrayList<>(firms.size());
		for (int f = 0; f < firms.size(); f++) {
			List<Failure> failed = List.of();
			for (Rule rule : rules) {
				Truth t = rule.expression().test(bindings(firms, f, numbers));
				if (t != Truth.TRUE) {
					if (failed.isEmpty()) {
						failed = new ArrayList<>(2);
					}
					failed.add(new Failure(rule.id(), rule.name(), rule.text(), t == Truth.UNKNOWN));
				}
			}
			out.add(failed);
		}
		return out;
	}

	private static Bindings bindings(FirmSlice firms, int f, Map<String, double[]> numbers) {
		return new Bindings() {
			@Override
			public OptionalDouble number(String name) {
				double[] column = numbers.get(name);
				if (column != null) {
					return Double.isNaN(column[f]) ? OptionalDouble.empty() : OptionalDouble.of(column[f]);
				}
				return FirmSlice.number(firms.firm(f).attributes().get(name));
			}

			@Override
			public Optional<String> text(String name) {
				double[] column = numbers.get(name);
				if (column != null) {
					return Double.isNaN(column[f]) ? Optional.empty() : Optional.of(org.lexbench.indicator.MethodChoice.describeNumber(column[f]));
				}
				String value = firms.firm(f).attributes().get(name);
				return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
			}
		};
	}

}
