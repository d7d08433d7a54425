package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lexbench.files.Language;
import org.lexbench.indicator.Dimension;
import org.lexbench.indicator.EffectiveWeights;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodResolution;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.Node;
import org.lexbench.indicator.NodeWeight;
import org.lexbench.indicator.Role;
import org.lexbench.indicator.Tier;

/**
 * Shows an indicator set as a reader wants it: a header (identity, source, methods, tiers, gates,
 * counts) and the node tree as a table with nominal and effective weights, types, units,
 * directions and roles, in the session's language.
 */
final class SetView {

	/** {@code --depth} when not given: deeper than any set. */
	static final int ALL_LEVELS = 99;

	/** No-break space: indentation that table alignment keeps. */
	private static final String NBSP = "\u00A0";

	private final Session session;

	SetView(Session session) {
		this.session = session;
	}

	String render(IndicatorSet set, Set<String> onlyNodes, int depth) {
		Language lang = this.session.language();
		StringBuilder out = new StringBuilder();
		out.append(set.id()).append(' ').append(set.version()).append(" · ").append(set.name().in(lang)).append('\n');
		set.sources().forEach(c -> out.append(this.session.text("show.source")).append(c.text().in(lang)).append('\n'));
		out.append(this.session.text("show.method")).append(methods(set)).append('\n');
		if (!set.tiers().isEmpty()) {
			out.append(this.session.text("show.tiers")).append(tiers(set, lang)).append('\n');
		}
		List<String> gates = new ArrayList<>();
		set.gates().forEach(g -> gates.add(this.session.text("show.gate", g.name().in(lang), g.rule().text())));
		set.nodes().stream().filter(n -> n.role() == Role.GATE && n.rule().isPresent())
			.forEach(n -> gates.add(this.session.text("show.gate", n.name().in(lang), n.rule().get().text())));
		if (!gates.isEmpty()) {
			out.append(this.session.text("show.gates")).append(String.join(" · ", gates)).append('\n');
		}
		Map<String, NodeWeight> weights = EffectiveWeights.of(set);
		long scored = set.indicators().stream()
			.filter(i -> weights.get(i.id()).basis() != NodeWeight.Basis.EXCLUDED)
			.count();
		long dimensions = set.root().children().size();
		out.append(this.session.text("show.counts", set.indicators().size(), scored, set.indicators().size() - scored,
				dimensions, set.depth())).append('\n');
		out.append(this.session.table(columns(), rows(set, onlyNodes, depth)));
		out.append(details(set, shown(set, onlyNodes, depth)));
		return out.toString();
	}

	/** The nodes the tree shows. */
	private static List<Node> shown(IndicatorSet set, Set<String> only, int depth) {
		List<Node> out = new ArrayList<>();
		for (Node top : set.root().children()) {
			collect(top, 1, depth, only.isEmpty() || only.contains(top.id()), only, out);
		}
		return out;
	}

	private static void collect(Node node, int level, int depth, boolean shown, Set<String> only, List<Node> out) {
		boolean show = shown || only.contains(node.id());
		if (show) {
			out.add(node);
		}
		if (level < depth) {
			node.children().forEach(c -> collect(c, level + 1, depth, show, only, out));
		}
	}

	/**
	 * What the tree has no column for, for the nodes it shows: level and category scores, values
	 * derived from other indicators, ranges, and methods chosen at a node.
	 */
	private String details(IndicatorSet set, List<Node> nodes) {
		Language lang = this.session.language();
		List<String> scales = new ArrayList<>();
		List<String> derived = new ArrayList<>();
		List<String> ranges = new ArrayList<>();
		List<String> methods = new ArrayList<>();
		for (Node node : nodes) {
			if (node instanceof Indicator i) {
				if (i.type() instanceof IndicatorType.OrdinalType o) {
					scales.add(i.id() + ": " + o.levels().stream().map(l -> MethodChoice.describeNumber(l.value()) + " "
							+ l.label().in(lang) + " → " + MethodChoice.describeNumber(l.score())).collect(Collectors.joining(" · ")));
				}
				if (i.type() instanceof IndicatorType.CategoryType c) {
					scales.add(i.id() + ": " + c.categories().stream().map(k -> k.label().in(lang) + " → "
							+ MethodChoice.describeNumber(k.score())).collect(Collectors.joining(" · ")));
				}
				if (i.from().isPresent() || i.denominator().isPresent()) {
					derived.add(i.id() + " = " + i.from().orElse(i.id()) + i.denominator().map(d -> " ÷ " + d).orElse(""));
				}
				i.range().ifPresent(r -> ranges.add(i.id() + " " + MethodChoice.describeNumber(r.min()) + "–"
						+ MethodChoice.describeNumber(r.max())));
			}
			node.method().choices().values()
				.forEach(c -> methods.add(node.id() + ": " + c.step().keyword() + " " + c.describe()));
		}
		StringBuilder out = new StringBuilder();
		section(out, "show.scales", scales);
		section(out, "show.derived-values", derived);
		section(out, "show.ranges", List.of(String.join(" · ", ranges)).stream().filter(s -> !s.isEmpty()).toList());
		section(out, "show.node-methods", methods);
		return out.toString();
	}

	private void section(StringBuilder out, String title, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		out.append(this.session.text(title)).append('\n');
		lines.forEach(l -> out.append("  ").append(l).append('\n'));
	}

	/** The tree's columns; on a narrow terminal the lowest priorities are left out first. */
	private List<ConsoleTable.Column> columns() {
		return List.of(ConsoleTable.Column.main(this.session.text("show.col.node"), 28, 9),
				ConsoleTable.Column.fixed(this.session.text("show.col.id"), 8),
				ConsoleTable.Column.fixed(this.session.text("show.col.type"), 4),
				ConsoleTable.Column.text(this.session.text("show.col.unit"), 2),
				ConsoleTable.Column.fixed(this.session.text("show.col.direction"), 3),
				ConsoleTable.Column.number(this.session.text("show.col.weight"), 5),
				ConsoleTable.Column.number(this.session.text("show.col.effective"), 7),
				ConsoleTable.Column.fixed(this.session.text("show.col.role"), 6));
	}

	private List<List<String>> rows(IndicatorSet set, Set<String> onlyNodes, int depth) {
		Map<String, NodeWeight> weights = EffectiveWeights.of(set);
		List<List<String>> rows = new ArrayList<>();
		List<Node> top = set.root().children();
		for (int i = 0; i < top.size(); i++) {
			walk(top.get(i), "", i == top.size() - 1, 1, depth, onlyNodes, onlyNodes.isEmpty(), Role.SCORE, weights, rows);
		}
		return rows;
	}

	/**
	 * One node and, depth first, its children. {@code inherited} is the role of the nearest
	 * ancestor that is not scored: below a gate or information node everything is reported only,
	 * and the role column says so.
	 */
	private void walk(Node node, String indent, boolean last, int level, int depth, Set<String> only, boolean shown,
			Role inherited, Map<String, NodeWeight> weights, List<List<String>> rows) {
		boolean show = shown || only.contains(node.id());
		Role role = inherited != Role.SCORE ? inherited : node.role();
		if (show) {
			rows.add(row(node, role, indent + (last ? "└─" : "├─") + NBSP, weights.get(node.id())));
		}
		if (level >= depth) {
			return;
		}
		List<Node> children = node.children();
		String next = indent + (last ? NBSP + NBSP + NBSP : "│" + NBSP + NBSP);
		for (int i = 0; i < children.size(); i++) {
			walk(children.get(i), show ? next : indent, i == children.size() - 1, level + 1, depth, only, show, role,
					weights, rows);
		}
	}

	private List<String> row(Node node, Role role, String prefix, NodeWeight weight) {
		Language lang = this.session.language();
		String type = "";
		String unit = "";
		String direction = "";
		if (node instanceof Indicator i) {
			type = this.session.text("type.indicator." + i.type().keyword());
			unit = i.unit().in(lang);
			direction = i.direction().symbol() + (i.target().isPresent() && i.direction().keyword().equals("target")
					? " " + MethodChoice.describeNumber(i.target().getAsDouble()) : "");
		}
		String nominal = node.weight().isPresent() ? MethodChoice.describeNumber(node.weight().getAsDouble()) : "";
		String effective = switch (weight.basis()) {
			case EXCLUDED -> "—";
			case DERIVED -> weight.known() ? percent(weight.effective()) : this.session.text("show.derived");
			default -> weight.known() ? percent(weight.effective()) : this.session.text("show.derived");
		};
		if (node.role() != Role.SCORE && node instanceof Dimension) {
			effective = "—";
		}
		return List.of(prefix + node.name().in(lang), node.id(), type, unit, direction, nominal, effective,
				this.session.text("role." + role.keyword()));
	}

	private static String percent(double share) {
		return String.format(Locale.ROOT, "%.1f%%", share * 100);
	}

	private String methods(IndicatorSet set) {
		MethodResolution resolution = MethodResolution.of(set);
		return java.util.Arrays.stream(MethodStep.values())
			.map(step -> step.keyword() + " " + resolution.choice(set.root().id(), step).describe())
			.collect(Collectors.joining(" · "));
	}

	private String tiers(IndicatorSet set, Language lang) {
		List<String> parts = new ArrayList<>();
		for (Tier t : set.tiers()) {
			String cut = t.min().isPresent() ? " ≥ " + MethodChoice.describeNumber(t.min().getAsDouble())
					: t.top().isPresent() ? " " + this.session.text("show.top", MethodChoice.describeNumber(t.top().getAsDouble() * 100) + "%")
							: "";
			parts.add(t.name().in(lang) + cut);
		}
		return String.join(" · ", parts);
	}

}
