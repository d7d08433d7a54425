package org.lexbench.indicator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Location;
import org.lexbench.files.Problems;
import org.lexbench.files.Text;

/**
 * Reads a COINr-style framework table ({@code iMeta}: Level, iCode, iName, Direction, Weight,
 * Unit, Target, Denominator, Parent, Type) as an indicator set. Rows of type {@code Indicator}
 * become indicators, {@code Aggregate} rows dimensions (the one without a parent is the
 * composite), {@code Group} rows text attributes and {@code Denominator} rows numeric attributes.
 * The optional columns lexbench writes ({@code iName_zh}, {@code lbType}, {@code lbRole},
 * {@code lbDirection}, {@code lbFrom}, {@code lbRule}) are read back when present.
 */
final class CoinrTableReader {

	static final List<String> REQUIRED = List.of("iCode", "iName", "Parent", "Type");

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private final FrameworkTable table;

	private final Problems problems = new Problems();

	private final SourceMap places;

	private CoinrTableReader(FrameworkTable table, String file) {
		this.table = table;
		this.places = new SourceMap(Location.file(file));
	}

	static String setIdFromFileName(String fileName) {
		String stem = fileName.replaceAll("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		stem = stem.replaceAll("^-+|-+$", "");
		return stem.isEmpty() ? "framework" : stem;
	}

	static LoadedSet read(byte[] bytes, String file, String setId) {
		FrameworkTable table = FrameworkTable.read(bytes, file);
		CoinrTableReader reader = new CoinrTableReader(table, file);
		Optional<IndicatorSet> set = reader.build(setId);
		set.ifPresent(s -> SetChecks.run(s, reader.places, reader.problems));
		if (reader.problems.hasErrors() || set.isEmpty()) {
			throw LexbenchException.invalidInput(Text.of("set.invalid", file, reader.problems.errors().size()),
					reader.problems.sorted());
		}
		return new LoadedSet(set.get(), reader.problems.warnings(), file, org.lexbench.files.ContentHash.sha256(bytes));
	}

	private record TableRow(int index, String code, String type, String parent) {
	}

	private Optional<IndicatorSet> build(String setId) {
		if (REQUIRED.stream().allMatch(c -> this.table.column(c) < 0)) {
			this.problems.error(this.table.where().apply(-1, 0), "table.not-framework", String.join(", ", REQUIRED));
			return Optional.empty();
		}
		for (String column : REQUIRED) {
			if (this.table.column(column) < 0) {
				this.problems.error(this.table.where().apply(-1, 0), "table.missing-column", column,
						String.join(", ", REQUIRED));
			}
		}
		if (this.problems.hasErrors()) {
			return Optional.empty();
		}
		Map<String, TableRow> rows = new LinkedHashMap<>();
		List<Attribute> attributes = new ArrayList<>();
		for (int r = 0; r < this.table.rows().size(); r++) {
			String code = cell(r, "iCode");
			String type = cell(r, "Type");
			if (code.isBlank()) {
				this.problems.error(at(r, "iCode"), "table.no-code");
				continue;
			}
			if (!Ids.NODE.matcher(code).matches()) {
				this.problems.error(at(r, "iCode"), "set.node.bad-id", code);
				continue;
			}
			if (rows.containsKey(code)) {
				this.problems.error(at(r, "iCode"), "set.duplicate-id", code, at(rows.get(code).index(), "iCode").render());
				continue;
			}
			this.places.put(SourceMap.node(code), at(r, "iCode"));
			this.places.put(SourceMap.node(code, "id"), at(r, "iCode"));
			switch (type.trim().toLowerCase(Locale.ROOT)) {
				case "indicator", "aggregate" -> rows.put(code, new TableRow(r, code, type.trim().toLowerCase(Locale.ROOT),
						cell(r, "Parent").trim()));
				case "group", "denominator" -> {
					this.places.put("attribute:" + code, at(r, "iCode"));
					attributes.add(new Attribute(code, bilingual(r), type.equalsIgnoreCase("group") ? AttributeType.TEXT
							: AttributeType.NUMBER, unit(r), List.of()));
				}
				default -> this.problems.error(at(r, "Type"), "table.bad-type", type);
			}
		}
		List<TableRow> roots = rows.values().stream().filter(t -> t.type().equals("aggregate") && t.parent().isEmpty()).toList();
		if (roots.size() != 1) {
			this.problems.error(this.table.where().apply(-1, this.table.column("Parent")), "table.roots", roots.size());
			return Optional.empty();
		}
		for (TableRow row : rows.values()) {
			if (row != roots.get(0) && !rows.containsKey(row.parent())) {
				this.problems.error(at(row.index(), "Parent"), "table.bad-parent", row.parent(), row.code());
			}
			else if (rows.containsKey(row.parent()) && rows.get(row.parent()).type().equals("indicator")) {
				this.problems.error(at(row.index(), "Parent"), "table.parent-indicator", row.parent(), row.code());
			}
		}
		if (this.problems.hasErrors()) {
			return Optional.empty();
		}
		Optional<Node> root = node(roots.get(0), rows, new HashSet<>());
		if (root.isEmpty() || !(root.get() instanceof Dimension composite)) {
			return Optional.empty();
		}
		checkLevels(rows);
		return Optional.of(new IndicatorSet(setId, "1", composite.name(), Bilingual.EMPTY, List.of(), "CNY",
				MethodSettings.NONE, List.of(), Bilingual.of("未通过资格门槛", "Not eligible"), attributes, List.of(), composite));
	}

	private Optional<Node> node(TableRow row, Map<String, TableRow> rows, Set<String> path) {
		if (!path.add(row.code())) {
			this.problems.error(at(row.index(), "Parent"), "table.cycle", row.code());
			return Optional.empty();
		}
		int r = row.index();
		Role role = Role.parse(cell(r, "lbRole")).orElse(Role.SCORE);
		OptionalDouble weight = number(r, "Weight").isPresent() ? number(r, "Weight")
				: role == Role.SCORE ? OptionalDouble.of(1) : OptionalDouble.empty();
		if (weight.isPresent() && !Weights.valid(weight.getAsDouble())) {
			this.problems.error(at(r, "Weight"), "set.weight.negative", row.code(), MethodChoice.show(weight.getAsDouble()));
			weight = OptionalDouble.empty();
			this.places.markReported(SourceMap.node(row.code(), "weight"));
		}
		Optional<Node.Rule> rule = rule(r, row.code());
		if (row.type().equals("aggregate")) {
			List<Node> children = new ArrayList<>();
			for (TableRow child : rows.values()) {
				if (child.parent().equals(row.code())) {
					node(child, rows, path).ifPresent(children::add);
				}
			}
			path.remove(row.code());
			if (children.isEmpty()) {
				this.problems.error(at(r, "iCode"), "set.dimension.empty", row.code());
				return Optional.empty();
			}
			return Optional.of(new Dimension(row.code(), bilingual(r), Bilingual.EMPTY, unit(r), weight, role, rule,
					MethodSettings.NONE, Optional.empty(), List.of(), children));
		}
		path.remove(row.code());
		OptionalDouble target = number(r, "Target");
		Direction direction = Direction.parse(cell(r, "lbDirection")).orElse(null);
		if (direction == null) {
			String d = cell(r, "Direction").trim();
			direction = d.equals("-1") ? Direction.LOWER : Direction.HIGHER;
			if (!d.isEmpty() && !d.equals("1") && !d.equals("-1")) {
				this.problems.error(at(r, "Direction"), "table.bad-direction", d);
			}
		}
		if (direction == Direction.TARGET && target.isEmpty()) {
			this.problems.error(at(r, "lbDirection"), "set.direction.no-target", row.code());
			direction = Direction.HIGHER;
		}
		String denominator = cell(r, "Denominator").trim();
		if (!denominator.isEmpty()) {
			this.places.put(SourceMap.node(row.code(), "denominator"), at(r, "Denominator"));
		}
		return Optional.of(new Indicator(row.code(), bilingual(r), Bilingual.EMPTY, List.of(), type(r, row.code()), unit(r), direction,
				target, Optional.empty(), role, rule, weight, MethodSettings.NONE, from(r, row.code()),
				denominator.isEmpty() ? Optional.empty() : Optional.of(denominator), List.of(), Bilingual.EMPTY));
	}

	private Optional<Node.Rule> rule(int r, String code) {
		String text = cell(r, "lbRule").trim();
		if (text.isEmpty()) {
			return Optional.empty();
		}
		this.places.put(SourceMap.node(code, "rule"), at(r, "lbRule"));
		try {
			org.lexbench.indicator.expression.Expression e = org.lexbench.indicator.expression.ExpressionParser.parse(text);
			e.references().forEach(ref -> this.places.put(SourceMap.node(code, "rule") + "/" + ref.identifier(), at(r, "lbRule")));
			return Optional.of(new Node.Rule(text, e));
		}
		catch (org.lexbench.indicator.expression.ExpressionSyntaxException syntax) {
			this.problems.error(at(r, "lbRule"), "set.rule.syntax", syntax.text());
			this.places.markReported(SourceMap.node(code, "rule"));
			return Optional.empty();
		}
	}

	private Optional<String> from(int r, String code) {
		String from = cell(r, "lbFrom").trim();
		if (from.isEmpty()) {
			return Optional.empty();
		}
		this.places.put(SourceMap.node(code, "from"), at(r, "lbFrom"));
		return Optional.of(from);
	}

	/** The type in {@code lbType}; ordinal and category types need levels a table has not, and are read as numbers. */
	private IndicatorType type(int r, String code) {
		String keyword = cell(r, "lbType").trim().toLowerCase(Locale.ROOT);
		if (keyword.equals("ordinal") || keyword.equals("category")) {
			this.problems.warning(at(r, "lbType"), "table.type-as-number", code, keyword);
		}
		return switch (keyword) {
			case "percent" -> new IndicatorType.PercentType();
			case "count" -> new IndicatorType.CountType();
			case "yesno" -> new IndicatorType.YesNoType();
			case "money" -> new IndicatorType.MoneyType("CNY");
			default -> new IndicatorType.NumberType();
		};
	}

	/** A table's levels are heights: indicators 1, each aggregate one above its highest child. */
	private void checkLevels(Map<String, TableRow> rows) {
		if (this.table.column("Level") < 0) {
			return;
		}
		for (TableRow row : rows.values()) {
			OptionalDouble level = number(row.index(), "Level");
			if (row.type().equals("indicator") && level.isPresent() && level.getAsDouble() != 1) {
				this.problems.warning(at(row.index(), "Level"), "table.level", row.code(), level.getAsDouble(), 1);
			}
		}
	}

	private Bilingual bilingual(int r) {
		String name = cell(r, "iName").trim();
		String zh = cell(r, "iName_zh").trim();
		if (!zh.isEmpty()) {
			return Bilingual.of(zh, name);
		}
		return HAN.matcher(name).find() ? Bilingual.of(name, "") : Bilingual.of("", name.isEmpty() ? cell(r, "iCode") : name);
	}

	private Bilingual unit(int r) {
		String unit = cell(r, "Unit").trim();
		return HAN.matcher(unit).find() ? Bilingual.of(unit, "") : Bilingual.of("", unit);
	}

	private OptionalDouble number(int r, String column) {
		String text = cell(r, column).trim();
		if (text.isEmpty() || text.equalsIgnoreCase("NA")) {
			return OptionalDouble.empty();
		}
		try {
			double v = Double.parseDouble(text);
			if (Double.isFinite(v)) {
				return OptionalDouble.of(v);
			}
		}
		catch (NumberFormatException notNumber) {
			// reported below
		}
		this.problems.error(at(r, column), "table.not-number", column, text);
		return OptionalDouble.empty();
	}

	private String cell(int r, String column) {
		int c = this.table.column(column);
		List<String> row = this.table.rows().get(r);
		return c < 0 || c >= row.size() || row.get(c) == null ? "" : row.get(c);
	}

	private Location at(int r, String column) {
		return this.table.where().apply(r, Math.max(0, this.table.column(column)));
	}

}
