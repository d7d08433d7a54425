package org.lexbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.lexbench.analysis.MethodVariants;
import org.lexbench.analysis.RankCorrelation;
import org.lexbench.files.LexbenchException;
import org.lexbench.firmdata.FirmDataset;
import org.lexbench.indicator.MethodChoice;
import org.lexbench.indicator.MethodStep;
import org.lexbench.indicator.MethodText;
import org.lexbench.scoring.ScoreRun;
import org.lexbench.scoring.ScoringOptions;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * {@code variants}: the loaded data scored again through every combination of the methods given,
 * on top of the last score's options — composite ranks side by side, Spearman's ρ and Kendall's τ-b
 * between every pair of variants, and the firms whose rank moves most.
 */
@Component
class VariantsCommands {

	/** How many movers are shown. */
	static final int MOVERS = 10;

	private final Session session;

	VariantsCommands(Session session) {
		this.session = session;
	}

	@Command(name = "variants", group = "scoring", description = "Score the data through every combination of methods and compare the rankings")
	public void variants(CommandContext context, @Option(longName = "normalise") String normalise,
			@Option(longName = "aggregate") String aggregate, @Option(longName = "weights") String weights,
			@Option(longName = "impute") String impute, @Option(longName = "year") Integer year,
			@Option(longName = "top", defaultValue = "10") Integer top) {
		ScoreRun last = this.session.scoreRun().orElseThrow(() -> LexbenchException.usage("score.none"));
		FirmDataset data = LastScore.scorable(this.session.data().orElseThrow(() -> LexbenchException.usage("load.none")));
		int shown = ShellConversions.natural(top, "variants", "top");
		ScoringOptions base = year == null ? last.options() : last.options().inYear(OptionalInt.of(year));
		if (year != null && !data.years().contains(year)) {
			throw LexbenchException.usage("score.no-year", year, data.years().toString());
		}
		Map<MethodStep, String> asked = new LinkedHashMap<>();
		asked.put(MethodStep.NORMALISE, normalise);
		asked.put(MethodStep.AGGREGATE, aggregate);
		asked.put(MethodStep.WEIGHTS, weights);
		asked.put(MethodStep.IMPUTE, impute);
		List<List<MethodChoice>> axes = new ArrayList<>();
		asked.forEach((step, text) -> {
			List<MethodChoice> axis = new ArrayList<>();
			for (String method : methods(text)) {
				MethodChoice choice = MethodText.parse(step, method, data.set());
				if (!axis.contains(choice)) {
					axis.add(choice);
				}
			}
			if (!axis.isEmpty()) {
				axes.add(axis);
			}
		});
		MethodVariants.Variants result = MethodVariants.run(data, base, axes);
		context.outputWriter().print(render(result, shown));
	}

	/**
	 * The methods of one option, in order: separated by {@code ;} or by commas — except a comma
	 * inside parentheses ({@code minmax(low=1, high=100)}) or one followed by a {@code name=value}
	 * parameter ({@code minmax:low=1,high=100,zscore} is minmax with two parameters, then zscore).
	 */
	static List<String> methods(String text) {
		List<String> out = new ArrayList<>();
		if (text == null) {
			return out;
		}
		for (String group : text.split(";")) {
			StringBuilder current = null;
			int depth = 0;
			for (String piece : group.split(",", -1)) {
				boolean parameter = piece.contains("=") && !piece.contains(":") && !piece.contains("(");
				if (current != null && (depth > 0 || parameter)) {
					current.append(',').append(piece);
				}
				else {
					if (current != null) {
						out.add(current.toString());
					}
					current = new StringBuilder(piece);
				}
				depth += count(piece, '(') - count(piece, ')');
			}
			if (current != null) {
				out.add(current.toString());
			}
		}
		out.replaceAll(String::strip);
		out.removeIf(String::isEmpty);
		return out;
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter(ch -> ch == c).count();
	}

	private String render(MethodVariants.Variants result, int top) {
		StringBuilder out = new StringBuilder();
		List<MethodVariants.Variant> variants = result.variants();
		var card = variants.stream().flatMap(v -> v.card().stream()).findFirst();
		out.append(text("variants.title", card.map(c -> c.set().id()).orElse("—"),
				card.flatMap(c -> c.year().isPresent() ? java.util.Optional.of((Object) c.year().getAsInt()) : java.util.Optional.empty())
					.orElse("—"),
				variants.size(), result.firms().size())).append('\n');
		for (int v = 0; v < variants.size(); v++) {
			MethodVariants.Variant variant = variants.get(v);
			String name = variant.name().isEmpty() ? text("variants.as-scored") : variant.name();
			out.append(variant.failure().isPresent()
					? text("variants.failed", v + 1, name, variant.failure().get().in(this.session.language()))
					: text("variants.variant", v + 1, name)).append('\n');
		}
		if (result.first().isEmpty()) {
			return out.toString();
		}
		int first = result.first().get();
		double[] order = result.ranks()[first];
		List<Integer> firms = new ArrayList<>();
		for (int f = 0; f < order.length; f++) {
			if (!Double.isNaN(order[f])) {
				firms.add(f);
			}
		}
		firms.sort(java.util.Comparator.<Integer>comparingDouble(f -> order[f]).thenComparingInt(f -> f));
		if (top > 0 && firms.size() > top) {
			firms = firms.subList(0, top);
		}
		List<ConsoleTable.Column> columns = new ArrayList<>();
		columns.add(ConsoleTable.Column.main(text("load.col.firm"), 14, 9));
		for (int v = 0; v < variants.size(); v++) {
			columns.add(ConsoleTable.Column.number("V" + (v + 1), 8));
		}
		List<List<String>> rows = new ArrayList<>();
		for (int f : firms) {
			List<String> row = new ArrayList<>();
			row.add(result.firms().get(f).name());
			for (int v = 0; v < variants.size(); v++) {
				row.add(rank(result.ranks()[v][f]));
			}
			rows.add(row);
		}
		out.append(text("variants.ranks", first + 1, firms.size())).append('\n').append(this.session.table(columns, rows));
		out.append(text("variants.spearman")).append('\n').append(matrix(result, true));
		out.append(text("variants.kendall")).append('\n').append(matrix(result, false));
		List<MethodVariants.Mover> movers = result.movers().subList(0, Math.min(MOVERS, result.movers().size()));
		if (movers.isEmpty()) {
			out.append(text("variants.no-movers")).append('\n');
			return out.toString();
		}
		out.append(text("variants.movers", movers.size())).append('\n');
		List<ConsoleTable.Column> moverColumns = List.of(ConsoleTable.Column.main(text("load.col.firm"), 14, 9),
				ConsoleTable.Column.number(text("variants.col.best"), 8), ConsoleTable.Column.number(text("variants.col.worst"), 8),
				ConsoleTable.Column.number(text("variants.col.move"), 8));
		List<List<String>> moverRows = new ArrayList<>();
		for (MethodVariants.Mover m : movers) {
			moverRows.add(List.of(m.name(), rank(m.best()), rank(m.worst()), rank(m.move())));
		}
		out.append(this.session.table(moverColumns, moverRows));
		return out.toString();
	}

	/** ρ or τ-b of every pair of variants, three decimals; — where a variant failed or the measure is undefined. */
	private String matrix(MethodVariants.Variants result, boolean spearman) {
		int k = result.variants().size();
		List<ConsoleTable.Column> columns = new ArrayList<>();
		columns.add(ConsoleTable.Column.fixed("", 9));
		for (int v = 0; v < k; v++) {
			columns.add(ConsoleTable.Column.number("V" + (v + 1), 8));
		}
		List<List<String>> rows = new ArrayList<>();
		for (int a = 0; a < k; a++) {
			List<String> row = new ArrayList<>();
			row.add("V" + (a + 1));
			for (int b = 0; b < k; b++) {
				RankCorrelation r = result.correlations()[a][b];
				row.add(r == null ? "—" : ScoreView.number(spearman ? r.spearman() : r.kendall(), 3));
			}
			rows.add(row);
		}
		return this.session.table(columns, rows);
	}

	/** A rank as people write it: 3, or 2.5 for a fractional rank; — for none. */
	private static String rank(double r) {
		if (Double.isNaN(r)) {
			return "—";
		}
		return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%s", r);
	}

	private String text(String key, Object... args) {
		return this.session.text(key, args);
	}

}
