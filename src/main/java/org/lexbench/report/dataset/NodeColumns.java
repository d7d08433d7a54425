package org.lexbench.report.dataset;

import java.util.List;

import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.ScoreCard;

/**
 * The columns about one node of the set, named by a prefix and the node's id so that R's
 * {@code pivot_longer} and Stata's {@code reshape long} split them: {@code score_}, {@code rank_}
 * for the composite and dimensions; {@code raw_}, {@code norm_}, {@code rank_}, {@code imp_},
 * {@code trt_} for indicators.
 */
final class NodeColumns {

	private NodeColumns() {
	}

	static DatasetColumn score(ScoreCard card, Node node) {
		String method = method(card, node.id(), MethodStep.AGGREGATE);
		Bilingual meaning = node.id().equals(card.rootId()) ? CodebookText.of("export.node.composite.meaning", method)
				: CodebookText.of("export.node.score.meaning", node.name(), method);
		return new DatasetColumn("score_" + node.id(), CodebookText.of("export.node.score", node.name()), Bilingual.EMPTY,
				ColumnType.NUMBER, node.id(), meaning);
	}

	static DatasetColumn rank(Node node, ColumnType type) {
		return new DatasetColumn("rank_" + node.id(), CodebookText.of("export.node.rank", node.name()), Bilingual.EMPTY, type,
				node.id(), CodebookText.of("export.node.rank.meaning", node.name()));
	}

	static DatasetColumn raw(Indicator i) {
		return new DatasetColumn("raw_" + i.id(), CodebookText.of("export.node.raw", i.name()), i.unit(), ColumnType.NUMBER,
				i.id(), CodebookText.of("export.node.raw.meaning", i.name(), i.type().keyword()));
	}

	static DatasetColumn normalised(ScoreCard card, Indicator i) {
		return new DatasetColumn("norm_" + i.id(), CodebookText.of("export.node.norm", i.name()), Bilingual.EMPTY,
				ColumnType.NUMBER, i.id(),
				CodebookText.of("export.node.norm.meaning", i.name(), method(card, i.id(), MethodStep.NORMALISE)));
	}

	static DatasetColumn imputed(Indicator i) {
		return new DatasetColumn("imp_" + i.id(), CodebookText.of("export.node.imp", i.name()), Bilingual.EMPTY,
				ColumnType.FLAG, i.id(), CodebookText.of("export.node.imp.meaning", i.name()));
	}

	static DatasetColumn treated(Indicator i) {
		return new DatasetColumn("trt_" + i.id(), CodebookText.of("export.node.trt", i.name()), Bilingual.EMPTY,
				ColumnType.FLAG, i.id(), CodebookText.of("export.node.trt.meaning", i.name()));
	}

	/** Ranks are whole numbers unless ties share the mean of their places (fractional ranking). */
	static ColumnType rankType(ScoreCard card) {
		return method(card, card.rootId(), MethodStep.RANKS).startsWith("fractional") ? ColumnType.NUMBER
				: ColumnType.INTEGER;
	}

	/** The method a score resolved for a node and step, as {@code method} shows it; a dash when none. */
	static String method(ScoreCard card, String node, MethodStep step) {
		var methods = card.methods().get(node);
		return methods == null || !methods.containsKey(step) ? "—" : methods.get(step).choice().describe();
	}

	/** Where each of {@code indicators} is in the card's stages and flags. */
	static int[] positions(ScoreCard card, List<Indicator> indicators) {
		int[] at = new int[indicators.size()];
		for (int k = 0; k < at.length; k++) {
			at[k] = card.indicators().indexOf(indicators.get(k));
			if (at[k] < 0) {
				throw new IllegalArgumentException("indicator " + indicators.get(k).id() + " is not scored in this card");
			}
		}
		return at;
	}

	/** A node's values for every firm of the card ({@code scores} or {@code ranks}); NaN for a node it lacks. */
	static double[] column(java.util.Map<String, double[]> byNode, String node, int firms) {
		double[] values = byNode.get(node);
		if (values != null) {
			return values;
		}
		double[] none = new double[firms];
		java.util.Arrays.fill(none, Double.NaN);
		return none;
	}

}
