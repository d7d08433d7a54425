package org.lexbench.indicator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexbench.files.TableOutput;
import org.lexbench.files.Language;
import org.lexbench.files.Text;


/**
 * Writes an indicator set as a COINr-style framework table: CSV (UTF-8 with a byte-order mark, so
 * Excel shows Chinese correctly) or xlsx (sheet {@code iMeta}). Rows: indicators (Level 1), then
 * aggregates by level (a node's level is its height: one above its highest child), then groups and
 * denominators. Columns after COINr's ten carry what COINr has no column for: the Chinese name,
 * the data type, the role, a {@code target} direction, the indicator a value is taken from, and a
 * gate's rule.
 */
public final class CoinrTableWriter {

	public static final List<String> COLUMNS = List.of("Level", "iCode", "iName", "Direction", "Weight", "Unit", "Target",
			"Denominator", "Parent", "Type", "iName_zh", "lbType", "lbRole", "lbDirection", "lbFrom", "lbRule");

	private CoinrTableWriter() {
	}

	/** What a COINr table cannot carry from this set, one note per kind of loss. */
	public static List<Text> losses(IndicatorSet set) {
		List<Text> out = new ArrayList<>();
		for (Indicator i : set.indicators()) {
			if (i.type() instanceof IndicatorType.OrdinalType || i.type() instanceof IndicatorType.CategoryType) {
				out.add(Text.of("coinr.loss.levels", i.id(), i.type().keyword()));
			}
		}
		for (Node n : set.nodes()) {
			if (!n.method().isEmpty()) {
				out.add(Text.of("coinr.loss.method", n.id()));
			}
		}
		if (!set.method().isEmpty() || !set.tiers().isEmpty() || !set.gates().isEmpty()) {
			out.add(Text.of("coinr.loss.set"));
		}
		List<Text> parts = new ArrayList<>();
		List<Node> all = set.nodes();
		if (set.indicators().stream().anyMatch(i -> !i.aliases().isEmpty())) {
			parts.add(Text.of("coinr.part.aliases"));
		}
		if (set.indicators().stream().anyMatch(i -> i.range().isPresent())) {
			parts.add(Text.of("coinr.part.ranges"));
		}
		if (!set.description().isEmpty() || all.stream().anyMatch(n -> !n.description().isEmpty()
				|| n instanceof Indicator i && !i.evidence().isEmpty())) {
			parts.add(Text.of("coinr.part.descriptions"));
		}
		if (!set.sources().isEmpty() || all.stream().anyMatch(n -> !n.sources().isEmpty())) {
			parts.add(Text.of("coinr.part.sources"));
		}
		if (all.stream().anyMatch(n -> !n.unit().zh().isEmpty() && !n.unit().en().isEmpty() && !n.unit().zh().equals(n.unit().en()))) {
			parts.add(Text.of("coinr.part.units"));
		}
		if (!parts.isEmpty()) {
			out.add(Text.of("coinr.loss.details", (org.lexbench.files.Localised) language -> String.join(
					Text.of("list.separator").in(language), parts.stream().map(p -> p.in(language)).toList())));
		}
		out.add(Text.of("coinr.loss.identity", set.id(), set.version()));
		return out;
	}

	/** The table's rows, header first, as texts. */
	public static List<List<String>> rows(IndicatorSet set) {
		List<List<String>> out = new ArrayList<>();
		out.add(COLUMNS);
		java.util.Map<String, Dimension> parents = set.parents();
		for (Indicator i : set.indicators()) {
			out.add(row(1, i, parents.get(i.id()).id(), "Indicator"));
		}
		int top = IndicatorSet.height(set.root());
		for (int level = 2; level <= top; level++) {
			addAggregates(set.root(), level, parents, out);
		}
		for (Attribute a : set.attributes()) {
			out.add(List.of("", a.id(), a.name().in(Language.EN), "", "", a.unit().in(Language.EN), "", "", "",
					a.type() == AttributeType.TEXT ? "Group" : "Denominator", chineseColumn(a.name()), "", "", "", "", ""));
		}
		return out;
	}

	private static void addAggregates(Node node, int level, java.util.Map<String, Dimension> parents,
			List<List<String>> out) {
		if (node instanceof Dimension d) {
			for (Node child : d.children()) {
				addAggregates(child, level, parents, out);
			}
			if (IndicatorSet.height(d) == level) {
				Dimension parent = parents.get(d.id());
				out.add(row(level, d, parent == null ? "" : parent.id(), "Aggregate"));
			}
		}
	}

	private static List<String> row(int level, Node node, String parent, String type) {
		String direction = "1";
		String target = "";
		String unit = node.unit().in(Language.EN);
		String denominator = "";
		String dataType = "";
		String lbDirection = "";
		String from = "";
		if (node instanceof Indicator i) {
			from = i.from().orElse("");
			direction = i.direction() == Direction.LOWER ? "-1" : "1";
			target = i.target().isPresent() ? number(i.target().getAsDouble()) : "";
			denominator = i.denominator().orElse("");
			dataType = i.type().keyword();
			lbDirection = i.direction() == Direction.TARGET ? "target" : "";
		}
		String weight = node.weight().isPresent() ? number(node.weight().getAsDouble()) : "";
		String name = node.name().in(Language.EN);
		String role = node.role() == Role.SCORE ? "" : node.role().keyword();
		return List.of(String.valueOf(level), node.id(), name, direction, weight, unit, target, denominator, parent, type,
				chineseColumn(node.name()), dataType.equals("number") ? "" : dataType, role, lbDirection, from,
				node.rule().map(Node.Rule::text).orElse(""));
	}

	/** The Chinese name, when iName holds the English one (else iName already holds the Chinese). */
	private static String chineseColumn(Bilingual name) {
		return name.en().isEmpty() ? "" : name.zh();
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Writes the table to {@code target}, as xlsx if its name ends in {@code .xlsx}, else as CSV. */
	public static void write(IndicatorSet set, Path target) {
		List<List<String>> rows = rows(set);
		List<List<Object>> body = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			List<Object> cells = new ArrayList<>();
			for (int c = 0; c < row.size(); c++) {
				String v = row.get(c);
				cells.add(isNumberColumn(c) && !v.isEmpty() ? (Object) Double.parseDouble(v) : v);
			}
			body.add(cells);
		}
		TableOutput.write(target, FrameworkTable.SHEET, rows.get(0), body);
	}

	private static boolean isNumberColumn(int c) {
		String name = COLUMNS.get(c);
		return name.equals("Level") || name.equals("Direction") || name.equals("Weight") || name.equals("Target");
	}

}
