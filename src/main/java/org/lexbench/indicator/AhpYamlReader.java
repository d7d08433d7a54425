package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a node's {@code ahp:} block: the order of the compared children and one pairwise matrix,
 * or one per expert. Each matrix must be square, positive, with ones on the diagonal and
 * reciprocal (a_ji = 1/a_ij, to 1%); a cell that breaks this is reported at its place in the file.
 */
final class AhpYamlReader {

	/** Relative tolerance for reciprocity, so {@code 0.333} stands for 1/3. */
	static final double RECIPROCAL_TOLERANCE = 0.01;

	/** The expert name given to a single {@code matrix:}. */
	static final String SINGLE_EXPERT = "default";

	private final YamlReading yaml;

	private final SourceMap places;

	AhpYamlReader(YamlReading yaml, SourceMap places) {
		this.yaml = yaml;
		this.places = places;
	}

	Optional<AhpJudgements> read(Node node, String dimensionId) {
		Optional<YamlReading.Keys> found = this.yaml.keys(node, List.of("order", "matrix", "experts"), "ahp");
		if (found.isEmpty()) {
			return Optional.empty();
		}
		YamlReading.Keys keys = found.get();
		this.places.put(SourceMap.node(dimensionId, "ahp"), keys.start());
		if (!keys.require("order", "ahp")) {
			return Optional.empty();
		}
		List<String> order = this.yaml.texts(keys.get("order").orElseThrow(), "ahp.order");
		this.places.put(SourceMap.node(dimensionId, "ahp/order"), keys.keyAt("order"));
		if (keys.has("matrix") == keys.has("experts")) {
			this.yaml.problems.error(keys.start(), "set.ahp.matrix-or-experts", dimensionId);
			return Optional.empty();
		}
		List<PairwiseMatrix> matrices = new ArrayList<>();
		boolean ok = true;
		if (keys.has("matrix")) {
			Optional<PairwiseMatrix> m = matrix(keys.get("matrix").orElseThrow(), SINGLE_EXPERT, order.size(), order, dimensionId);
			ok = m.isPresent();
			m.ifPresent(matrices::add);
		}
		else {
			for (Node expert : this.yaml.list(keys.get("experts").orElseThrow(), "ahp.experts", false).orElse(List.of())) {
				Optional<YamlReading.Keys> e = this.yaml.keys(expert, List.of("name", "matrix"), "ahp.experts");
				if (e.isEmpty() || !e.get().require("name", "expert") || !e.get().require("matrix", "expert")) {
					ok = false;
					continue;
				}
				String name = this.yaml.text(e.get().get("name").orElseThrow(), "expert.name").orElse("?");
				Optional<PairwiseMatrix> m = matrix(e.get().get("matrix").orElseThrow(), name, order.size(), order, dimensionId);
				ok &= m.isPresent();
				m.ifPresent(matrices::add);
			}
		}
		if (!ok || matrices.isEmpty()) {
			this.places.markReported(SourceMap.node(dimensionId, "ahp"));
			return Optional.empty();
		}
		return Optional.of(new AhpJudgements(order, matrices));
	}

	private Optional<PairwiseMatrix> matrix(Node node, String expert, int size, List<String> order, String dimensionId) {
		List<Node> rows = this.yaml.list(node, "ahp.matrix", false).orElse(null);
		if (rows == null) {
			return Optional.empty();
		}
		if (rows.size() != size) {
			this.yaml.problems.error(this.yaml.at(node), "set.ahp.rows", dimensionId, expert, rows.size(), size);
			return Optional.empty();
		}
		double[][] values = new double[size][size];
		Node[][] cells = new Node[size][size];
		boolean ok = true;
		for (int i = 0; i < size; i++) {
			List<Node> row = this.yaml.list(rows.get(i), "ahp.matrix", false).orElse(null);
			if (row == null || row.size() != size) {
				this.yaml.problems.error(this.yaml.at(rows.get(i)), "set.ahp.columns", dimensionId, expert, i + 1,
						row == null ? 0 : row.size(), size);
				return Optional.empty();
			}
			for (int j = 0; j < size; j++) {
				cells[i][j] = row.get(j);
				OptionalDouble v = this.yaml.numberOrFraction(row.get(j), "ahp.matrix");
				if (v.isEmpty() || !(v.getAsDouble() > 0)) {
					if (v.isPresent()) {
						this.yaml.problems.error(this.yaml.at(row.get(j)), "set.ahp.positive", dimensionId, expert);
					}
					ok = false;
					continue;
				}
				values[i][j] = v.getAsDouble();
			}
		}
		if (!ok) {
			return Optional.empty();
		}
		for (int i = 0; i < size; i++) {
			if (Math.abs(values[i][i] - 1) > 1e-9) {
				this.yaml.problems.error(this.yaml.at(cells[i][i]), "set.ahp.diagonal", dimensionId, expert, i + 1);
				ok = false;
			}
			for (int j = i + 1; j < size; j++) {
				if (Math.abs(values[i][j] * values[j][i] - 1) > RECIPROCAL_TOLERANCE) {
					this.yaml.problems.error(this.yaml.at(cells[j][i]), "set.ahp.reciprocal", dimensionId, expert,
							name(order, i), name(order, j), MethodChoice.show(values[i][j]),
							MethodChoice.show(values[j][i]));
					ok = false;
				}
			}
		}
		return ok ? Optional.of(new PairwiseMatrix(expert, values)) : Optional.empty();
	}

	private static String name(List<String> order, int i) {
		return i < order.size() ? order.get(i) : String.valueOf(i + 1);
	}

}
