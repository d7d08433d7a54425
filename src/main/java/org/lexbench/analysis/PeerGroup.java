package org.lexbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.NearestWord;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.expression.Bindings;
import org.lexbench.indicator.expression.Expression;
import org.lexbench.indicator.expression.ExpressionParser;
import org.lexbench.indicator.expression.ExpressionSyntaxException;
import org.lexbench.indicator.expression.Truth;
import org.lexbench.scoring.FirmLookup;
import org.lexbench.scoring.ScoreCard;

/**
 * The firms a firm is compared with: ranked firms of the same score, never the firm itself,
 * chosen by a rule over attributes and reported values ({@code province = '广东' and lawyers >=
 * 100}), by name, or as the N nearest in one indicator's reported value. Fewer than
 * {@link #MINIMUM} peers is refused (Peer Monitor's confidentiality rule: a smaller group's
 * statistics come too close to single firms' values).
 *
 * @param how how the group was chosen, as the user wrote it
 */
public record PeerGroup(int firm, int[] peers, String how) {

	/** The smallest group a comparison is shown for. */
	public static final int MINIMUM = 5;

	public PeerGroup {
		peers = peers.clone();
		if (peers.length < MINIMUM) {
			throw LexbenchException.usage("peers.too-few", peers.length, MINIMUM, how);
		}
	}

	@Override
	public int[] peers() {
		return this.peers.clone();
	}

	/** The ranked firms for which {@code rule} is true (a rule that cannot be decided for a firm leaves it out). */
	public static PeerGroup byRule(ScoreCard card, int firm, String rule) {
		Expression expression;
		try {
			expression = ExpressionParser.parse(rule);
		}
		catch (ExpressionSyntaxException bad) {
			throw LexbenchException.usage("peers.bad-rule", rule, bad.text());
		}
		Set<String> known = new TreeSet<>();
		card.indicators().forEach(i -> known.add(i.id()));
		card.firms().forEach(r -> known.addAll(r.attributes().keySet()));
		for (String name : expression.identifiers()) {
			if (!known.contains(name)) {
				throw LexbenchException.usage("peers.unknown-name", name, NearestWord.hint(name, known));
			}
		}
		List<Integer> out = new ArrayList<>();
		for (int g : ranked(card)) {
			if (g != firm && expression.test(bindings(card, g)) == Truth.TRUE) {
				out.add(g);
			}
		}
		return new PeerGroup(firm, out.stream().mapToInt(Integer::intValue).toArray(), rule);
	}

	/** The firms named (by name, part of it or code), each ranked. */
	public static PeerGroup byNames(ScoreCard card, int firm, List<String> names) {
		Set<Integer> out = new TreeSet<>();
		for (String name : names) {
			int g = FirmLookup.find(card, name.strip());
			if (Double.isNaN(card.composite()[g])) {
				throw LexbenchException.usage("peers.not-ranked", card.firms().get(g).name());
			}
			if (g != firm) {
				out.add(g);
			}
		}
		return new PeerGroup(firm, out.stream().mapToInt(Integer::intValue).toArray(), String.join(", ", names));
	}

	/** The {@code n} ranked firms whose reported {@code indicator} is nearest the firm's (ties by name). */
	public static PeerGroup nearest(ScoreCard card, int firm, int n, String indicator) {
		int j = indicatorIndex(card, indicator);
		double[] raw = card.stages().get(ScoreCard.Stage.RAW)[j];
		if (Double.isNaN(raw[firm])) {
			throw LexbenchException.usage("peers.no-value", card.firms().get(firm).name(), indicator);
		}
		int[] nearest = ranked(card).stream().filter(g -> g != firm && !Double.isNaN(raw[g]))
			.sorted(Comparator.comparingDouble((Integer g) -> Math.abs(raw[g] - raw[firm]))
				.thenComparing(g -> card.firms().get(g).name()))
			.limit(n).mapToInt(Integer::intValue).toArray();
		return new PeerGroup(firm, nearest, n + " nearest by " + indicator);
	}

	static int indicatorIndex(ScoreCard card, String indicator) {
		for (int j = 0; j < card.indicators().size(); j++) {
			if (card.indicators().get(j).id().equals(indicator)) {
				return j;
			}
		}
		throw LexbenchException.usage("peers.unknown-indicator", indicator,
				NearestWord.hint(indicator, card.indicators().stream().map(Indicator::id).toList()));
	}

	private static List<Integer> ranked(ScoreCard card) {
		List<Integer> out = new ArrayList<>();
		for (int g = 0; g < card.size(); g++) {
			if (!Double.isNaN(card.compositeRank()[g])) {
				out.add(g);
			}
		}
		return out;
	}

	/** A firm's reported values (by indicator id) and attributes, as a rule reads them. */
	private static Bindings bindings(ScoreCard card, int g) {
		double[][] raw = card.stages().get(ScoreCard.Stage.RAW);
		return new Bindings() {
			@Override
			public OptionalDouble number(String name) {
				for (int j = 0; j < card.indicators().size(); j++) {
					if (card.indicators().get(j).id().equals(name)) {
						return Double.isNaN(raw[j][g]) ? OptionalDouble.empty() : OptionalDouble.of(raw[j][g]);
					}
				}
				String value = card.firms().get(g).attributes().get(name);
				try {
					return value == null || value.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value.strip()));
				}
				catch (NumberFormatException text) {
					return OptionalDouble.empty();
				}
			}

			@Override
			public Optional<String> text(String name) {
				OptionalDouble n = number(name);
				String value = card.firms().get(g).attributes().get(name);
				if (value != null && !value.isBlank()) {
					return Optional.of(value.strip());
				}
				return n.isPresent() ? Optional.of(MethodChoice.describeNumber(n.getAsDouble())) : Optional.empty();
			}
		};
	}

}
