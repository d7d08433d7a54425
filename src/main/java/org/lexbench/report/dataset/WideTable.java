package org.lexbench.report.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.Eligibility;
import org.lexbench.scoring.FirmStatus;
import org.lexbench.scoring.ScoreCard;

/**
 * A row per firm and year: the firm, its attributes, its status, coverage and tier, its score and
 * rank at the composite and every dimension, then for every scored indicator its raw value
 * ({@code raw_ID}), normalised value ({@code norm_ID}), rank ({@code rank_ID}) and whether it was
 * imputed ({@code imp_ID}) or changed by the outlier treatment ({@code trt_ID}). The scores layout
 * stops after the nodes' scores and ranks and carries no attributes.
 */
final class WideTable implements DatasetTable {

	private final String name;

	private final List<ScoreCard> cards;

	private final FirmIdentity identity;

	private final List<AttributeColumns.FirmAttribute> attributes;

	private final List<String> nodes;

	private final List<Indicator> indicators;

	private final List<DatasetColumn> columns = new ArrayList<>();

	private WideTable(String name, List<ScoreCard> cards, FirmIdentity identity,
			List<AttributeColumns.FirmAttribute> attributes, List<Indicator> indicators) {
		this.name = name;
		this.cards = List.copyOf(cards);
		this.identity = identity;
		this.attributes = attributes;
		this.nodes = scoredNodes(cards);
		this.indicators = indicators;
		ScoreCard first = cards.get(0);
		this.columns.add(CodebookText.column("year", ColumnType.INTEGER));
		this.columns.addAll(identity.columns());
		attributes.forEach(a -> this.columns.add(a.column()));
		this.columns.add(CodebookText.column("status", ColumnType.TEXT));
		this.columns.add(CodebookText.column("gates_failed", ColumnType.TEXT));
		this.columns.add(CodebookText.column("coverage", ColumnType.NUMBER));
		this.columns.add(CodebookText.column("tier", ColumnType.TEXT, first.set().tiers().stream()
			.map(t -> t.id()).collect(Collectors.joining(", "))));
		ColumnType rank = NodeColumns.rankType(first);
		for (String id : this.nodes) {
			Node node = node(first, id);
			this.columns.add(NodeColumns.score(first, node));
			this.columns.add(NodeColumns.rank(node, rank));
		}
		for (Indicator i : indicators) {
			this.columns.add(NodeColumns.raw(i));
		}
		for (Indicator i : indicators) {
			this.columns.add(NodeColumns.normalised(first, i));
		}
		for (Indicator i : indicators) {
			this.columns.add(NodeColumns.rank(i, rank));
		}
		for (Indicator i : indicators) {
			this.columns.add(NodeColumns.imputed(i));
		}
		for (Indicator i : indicators) {
			this.columns.add(NodeColumns.treated(i));
		}
	}

	/** Every firm's attributes, results at every node and values of every scored indicator. */
	static WideTable full(List<ScoreCard> cards, FirmIdentity identity) {
		List<AttributeColumns.FirmAttribute> kept = AttributeColumns.of(cards).stream().filter(identity::keeps).toList();
		return new WideTable("wide", cards, identity, kept, cards.get(0).indicators());
	}

	/** Every firm's status, tier, and score and rank at the composite and every dimension. */
	static WideTable scores(List<ScoreCard> cards, FirmIdentity identity) {
		return new WideTable("scores", cards, identity, List.of(), List.of());
	}

	/** The composite, then every dimension any year scored, in the set's order. */
	private static List<String> scoredNodes(List<ScoreCard> cards) {
		Set<String> out = new LinkedHashSet<>();
		out.add(cards.get(0).rootId());
		for (Node n : cards.get(0).set().nodes()) {
			if (!(n instanceof Indicator) && cards.stream().anyMatch(c -> c.scores().containsKey(n.id()))) {
				out.add(n.id());
			}
		}
		return List.copyOf(out);
	}

	private static Node node(ScoreCard card, String id) {
		return id.equals(card.rootId()) ? card.set().root() : card.set().find(id).orElseThrow();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<DatasetColumn> columns() {
		return List.copyOf(this.columns);
	}

	@Override
	public long size() {
		return this.cards.stream().mapToLong(ScoreCard::size).sum();
	}

	@Override
	public void write(Cells out) throws IOException {
		for (ScoreCard card : this.cards) {
			int n = card.size();
			int[] at = NodeColumns.positions(card, this.indicators);
			double[][] raw = card.stages().get(ScoreCard.Stage.RAW);
			double[][] normalised = card.stages().get(ScoreCard.Stage.NORMALISED);
			double[][] nodeScores = new double[this.nodes.size()][];
			double[][] nodeRanks = new double[this.nodes.size()][];
			for (int k = 0; k < nodeScores.length; k++) {
				nodeScores[k] = NodeColumns.column(card.scores(), this.nodes.get(k), n);
				nodeRanks[k] = NodeColumns.column(card.ranks(), this.nodes.get(k), n);
			}
			double[][] ranks = new double[at.length][];
			for (int k = 0; k < at.length; k++) {
				ranks[k] = NodeColumns.column(card.ranks(), this.indicators.get(k).id(), n);
			}
			byte[][] flags = card.flags();
			for (int f : this.identity.order(card)) {
				FirmCells.year(card, out);
				this.identity.write(card.firms().get(f), out);
				for (AttributeColumns.FirmAttribute a : this.attributes) {
					a.write(card.firms().get(f), out);
				}
				FirmStatus status = card.statuses().get(f);
				out.text(FirmCells.status(status));
				out.text(status instanceof FirmStatus.Ineligible i
						? i.failed().stream().map(Eligibility.Failure::rule).collect(Collectors.joining(";")) : null);
				out.number(card.coverage()[f]);
				out.text(card.tiers().get(f).map(t -> t.id()).orElse(null));
				for (int k = 0; k < nodeScores.length; k++) {
					out.number(nodeScores[k][f]);
					out.number(nodeRanks[k][f]);
				}
				for (int j : at) {
					out.number(raw[j][f]);
				}
				for (int j : at) {
					out.number(normalised[j][f]);
				}
				for (double[] r : ranks) {
					out.number(r[f]);
				}
				for (int j : at) {
					out.flag(CellFlags.has(flags[j][f], CellFlags.IMPUTED));
				}
				for (int j : at) {
					out.flag(FirmCells.treated(flags[j][f]));
				}
				out.end();
			}
		}
	}

}
