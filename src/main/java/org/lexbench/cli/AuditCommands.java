package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexbench.analysis.AuditFlag;
import org.lexbench.analysis.CronbachAlpha;
import org.lexbench.analysis.DimensionAudit;
import org.lexbench.analysis.FirmAvailability;
import org.lexbench.analysis.IndicatorAudit;
import org.lexbench.scoring.Pearson;
import org.lexbench.analysis.SetAudit;
import org.lexbench.files.LexbenchException;
import org.lexbench.scoring.ScoreCard;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * The audit of the indicator set on the last score: per dimension Cronbach's alpha, the correlations
 * of its children with each other and with it, and the flags; then the indicators and firms with
 * little data.
 */
@Component
class AuditCommands {

	private final Session session;

	AuditCommands(Session session) {
		this.session = session;
	}

	@Command(name = "audit", group = "scoring", description = "Audit the indicator set on the last score")
	public void audit(CommandContext context, @Option(longName = "year") Integer year, @Option(longName = "node") String node) {
		ScoreCard card = LastScore.card(this.session, year);
		SetAudit audit = SetAudit.of(card);
		List<DimensionAudit> shown = audit.dimensions();
		if (node != null) {
			String id = node.strip();
			if (!id.equals(card.rootId()) && card.set().find(id).isEmpty()) {
				throw LexbenchException.usage("score.unknown-node", id, card.set().id());
			}
			shown = audit.dimension(id).map(List::of)
				.orElseThrow(() -> LexbenchException.usage("audit.not-a-dimension", id));
		}
		StringBuilder out = new StringBuilder();
		out.append(text("audit.title", card.set().id(), card.year().isPresent() ? card.year().getAsInt() : "—",
				audit.scoredFirms())).append('\n');
		for (DimensionAudit d : shown) {
			out.append('\n').append(dimension(card, d));
		}
		out.append('\n').append(availability(audit));
		context.outputWriter().print(out);
	}

	/** The dimension's alpha, its correlation table and its flags. */
	private String dimension(ScoreCard card, DimensionAudit d) {
		ScoreView view = new ScoreView(this.session);
		StringBuilder out = new StringBuilder();
		out.append(text("audit.dimension", view.nodeName(card, d.id()), alpha(d.alpha()))).append('\n');
		int k = d.children().size();
		List<ConsoleTable.Column> columns = new ArrayList<>();
		columns.add(ConsoleTable.Column.number("#", 9));
		columns.add(ConsoleTable.Column.main(text("audit.col.child"), 14, 8));
		for (int j = 0; j < k; j++) {
			columns.add(ConsoleTable.Column.number(String.valueOf(j + 1), 5));
		}
		columns.add(ConsoleTable.Column.number(text("audit.col.dimension"), 7));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(i + 1));
			row.add(name(card, d.children().get(i)));
			for (int j = 0; j < k; j++) {
				row.add(r(d.correlation(i, j)));
			}
			row.add(r(d.withDimension().get(i)));
			rows.add(row);
		}
		out.append(this.session.table(columns, rows));
		for (AuditFlag flag : d.flags()) {
			out.append("  ! ").append(flag(card, d, flag)).append('\n');
		}
		return out.toString();
	}

	private String flag(ScoreCard card, DimensionAudit d, AuditFlag flag) {
		if (flag instanceof AuditFlag.DoubleCounting pair) {
			return text("audit.flag.double-counting", name(card, pair.first()), name(card, pair.second()),
					ScoreView.number(pair.correlation().r(), 2), ScoreView.number(SetAudit.DOUBLE_COUNTING, 1));
		}
		if (flag instanceof AuditFlag.WeakWithDimension weak) {
			return text("audit.flag.weak", name(card, weak.child()), ScoreView.number(weak.correlation().r(), 2),
					name(card, d.id()));
		}
		AuditFlag.AlmostConstant constant = (AuditFlag.AlmostConstant) flag;
		return text("audit.flag.no-variance", name(card, constant.indicator()), ScoreView.number(constant.sd(), 2),
				DataView.percent(constant.modalShare()));
	}

	/** Indicators with a raw value for fewer than 80% of the firms, then firms with coverage below 80%. */
	private String availability(SetAudit audit) {
		List<String> indicators = new ArrayList<>();
		for (IndicatorAudit i : audit.indicators()) {
			if (i.availability() < SetAudit.LOW_AVAILABILITY) {
				indicators.add(text("audit.available-of", i.id(), DataView.percent(i.availability()), i.present(), i.firms()));
			}
		}
		List<String> firms = new ArrayList<>();
		for (FirmAvailability f : audit.firms()) {
			if (f.coverage() < SetAudit.LOW_AVAILABILITY) {
				firms.add(f.firm() + " " + DataView.percent(f.coverage()));
			}
		}
		String threshold = DataView.percent(SetAudit.LOW_AVAILABILITY);
		String separator = text("list.separator");
		return (indicators.isEmpty() ? text("audit.indicators-available", threshold)
				: text("audit.indicators-low", threshold, String.join(separator, indicators))) + "\n"
				+ (firms.isEmpty() ? text("audit.firms-covered", threshold)
						: text("audit.firms-low", threshold, String.join(separator, firms))) + "\n";
	}

	private String alpha(CronbachAlpha alpha) {
		if (alpha.undefined().isEmpty()) {
			return text("audit.alpha", String.format(Locale.ROOT, "%.3f", alpha.value()), alpha.items(), alpha.firms());
		}
		return switch (alpha.undefined().get()) {
			case FEWER_THAN_TWO_ITEMS -> text("audit.alpha.one-child", alpha.items());
			case FEWER_THAN_TWO_FIRMS -> text("audit.alpha.few-firms", alpha.firms());
			case NO_TOTAL_VARIANCE -> text("audit.alpha.no-variance", alpha.firms());
		};
	}

	private String name(ScoreCard card, String id) {
		if (id.equals(card.rootId())) {
			return card.set().name().in(this.session.language());
		}
		return card.set().find(id).map(n -> n.name().in(this.session.language()) + " (" + id + ")").orElse(id);
	}

	private static String r(Pearson p) {
		return ScoreView.number(p.r(), 2);
	}

	private String text(String key, Object... args) {
		return this.session.text(key, args);
	}

}
