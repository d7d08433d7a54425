package org.lexbench.report.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lexbench.files.Localised;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.Indicator;
import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.ScoreCard;

/**
 * The long layout: a row per year, firm and scored indicator (firms × indicators × years rows),
 * each with the value after every step — raw, denominated, imputed, treated, normalised — the
 * flags of what happened to it, its rank, the weight it had among its siblings, its effective
 * weight in the composite and its contribution to this firm's composite.
 */
final class TidyTable implements DatasetTable {

	private final List<ScoreCard> cards;

	private final FirmIdentity identity;

	private final List<DatasetColumn> columns = new ArrayList<>();

	TidyTable(List<ScoreCard> cards, FirmIdentity identity) {
		this.cards = List.copyOf(cards);
		this.identity = identity;
		List<Indicator> indicators = cards.get(0).indicators();
		Localised named = language -> indicators.stream().map(i -> i.id() + " = " + i.name().in(language))
			.collect(Collectors.joining("; "));
		this.columns.add(CodebookText.column("year", ColumnType.INTEGER));
		this.columns.addAll(identity.columns());
		this.columns.add(CodebookText.column("indicator", ColumnType.TEXT, named));
		this.columns.add(CodebookText.column("dimension", ColumnType.TEXT));
		this.columns.add(CodebookText.column("raw", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("denominated", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("imputed", ColumnType.FLAG));
		this.columns.add(CodebookText.column("imputed_value", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("treated", ColumnType.FLAG));
		this.columns.add(CodebookText.column("treated_value", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("out_of_range", ColumnType.FLAG));
		this.columns.add(CodebookText.column("normalised", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("rank", NodeColumns.rankType(cards.get(0))));
		this.columns.add(CodebookText.column("weight", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("effective_weight", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("contribution", ColumnType.NUMBER));
	}

	@Override
	public String name() {
		return "tidy";
	}

	@Override
	public List<DatasetColumn> columns() {
		return List.copyOf(this.columns);
	}

	@Override
	public long size() {
		return this.cards.stream().mapToLong(c -> (long) c.size() * c.indicators().size()).sum();
	}

	@Override
	public void write(Cells out) throws IOException {
		for (ScoreCard card : this.cards) {
			List<Indicator> indicators = card.indicators();
			int m = indicators.size();
			Map<String, Dimension> parents = card.set().parents();
			Map<String, Double> effective = card.effectiveWeights();
			String[] parent = new String[m];
			double[] weight = new double[m];
			double[] effectiveWeight = new double[m];
			double[][] ranks = new double[m][];
			for (int j = 0; j < m; j++) {
				String id = indicators.get(j).id();
				parent[j] = parents.get(id).id();
				weight[j] = card.weights().getOrDefault(parent[j], Map.of()).getOrDefault(id, Double.NaN);
				effectiveWeight[j] = effective.getOrDefault(id, Double.NaN);
				ranks[j] = NodeColumns.column(card.ranks(), id, card.size());
			}
			double[][] raw = card.stages().get(ScoreCard.Stage.RAW);
			double[][] denominated = card.stages().get(ScoreCard.Stage.DENOMINATED);
			double[][] imputed = card.stages().get(ScoreCard.Stage.IMPUTED);
			double[][] treated = card.stages().get(ScoreCard.Stage.TREATED);
			double[][] normalised = card.stages().get(ScoreCard.Stage.NORMALISED);
			byte[][] flags = card.flags();
			for (int f : this.identity.order(card)) {
				Map<String, Double> contributions = card.contributions(f);
				for (int j = 0; j < m; j++) {
					FirmCells.year(card, out);
					this.identity.write(card.firms().get(f), out);
					out.text(indicators.get(j).id());
					out.text(parent[j]);
					out.number(raw[j][f]);
					out.number(denominated[j][f]);
					out.flag(CellFlags.has(flags[j][f], CellFlags.IMPUTED));
					out.number(imputed[j][f]);
					out.flag(FirmCells.treated(flags[j][f]));
					out.number(treated[j][f]);
					out.flag(CellFlags.has(flags[j][f], CellFlags.OUT_OF_RANGE));
					out.number(normalised[j][f]);
					out.number(ranks[j][f]);
					out.number(weight[j]);
					out.number(effectiveWeight[j]);
					out.number(contributions.getOrDefault(indicators.get(j).id(), Double.NaN));
					out.end();
				}
			}
		}
	}

}
