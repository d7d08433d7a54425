package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.MethodStep;
import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.ScoreCard;
import org.lexbench.scoring.Treated;

/**
 * One indicator's column of the Raw data sheet: its values at each step, by firm of the card (the
 * steps' values and flags are null for an indicator that was not scored), its unit, format and
 * header, and the comments of the cells scoring changed or flagged.
 */
record RawColumn(Indicator indicator, double[] raw, double[] imputed, double[] treated, byte[] flags, MoneyUnit unit,
		Looks.Format format, boolean denominated, Words words, String header, String headerNote) {

	/** The flags a comment is written for. */
	static final byte NOTED = CellFlags.IMPUTED | CellFlags.WINSORISED | CellFlags.OUT_OF_RANGE;

	boolean scored() {
		return this.flags != null;
	}

	/** The value the cell shows: the one scoring used where it replaced the imported one in the same unit. */
	double shown(int f) {
		double v = this.raw[f];
		if (scored() && !this.denominated) {
			if (CellFlags.has(this.flags[f], CellFlags.IMPUTED)) {
				v = this.imputed[f];
			}
			else if (CellFlags.has(this.flags[f], CellFlags.WINSORISED)) {
				v = this.treated[f];
			}
		}
		return this.unit == null ? v : this.unit.shown(v);
	}

	Looks.Mark mark(int f) {
		byte flag = scored() ? this.flags[f] : 0;
		return CellFlags.has(flag, CellFlags.IMPUTED) ? Looks.Mark.IMPUTED
				: CellFlags.has(flag, CellFlags.WINSORISED) ? Looks.Mark.WINSORISED
						: CellFlags.has(flag, CellFlags.OUT_OF_RANGE) ? Looks.Mark.OUT_OF_RANGE : Looks.Mark.PLAIN;
	}

	/** The words of a column's comments, rendered once: each cell's comment only fills in its values. */
	record Words(Template imputed, Template winsorised, Template imported, String outOfRange, String empty, String unit,
			String per) {

		static Words of(Book book, Indicator indicator, String imputation, MoneyUnit unit) {
			String slot = Template.SLOT;
			String outOfRange = indicator.plausibleRange()
				.map(r -> book.text("note.out-of-range", Book.number(r.min()), Book.number(r.max()))).orElse("");
			return new Words(Template.of(book.text("note.imputed", imputation, slot)), Template.of(book.text("note.winsorised", slot)),
					Template.of(book.text("note.imported", slot)), outOfRange, book.text("note.empty"),
					unit == null ? "" : " " + book.text(unit.key()), " " + book.text("note.per", indicator.denominator().orElse("")));
		}

	}

	/** The comment of a changed or flagged cell: what scoring used, then the value as imported. */
	String note(int f) {
		byte flag = this.flags[f];
		Words words = this.words;
		StringBuilder out = new StringBuilder();
		if (CellFlags.has(flag, CellFlags.IMPUTED)) {
			out.append(words.imputed().with(value(this, this.imputed[f], this.denominated))).append('\n');
		}
		else if (CellFlags.has(flag, CellFlags.WINSORISED)) {
			out.append(words.winsorised().with(value(this, this.treated[f], this.denominated))).append('\n');
		}
		if (CellFlags.has(flag, CellFlags.OUT_OF_RANGE)) {
			out.append(words.outOfRange()).append('\n');
		}
		String imported = Double.isNaN(this.raw[f]) ? words.empty() : value(this, this.raw[f], false);
		return out.append(words.imported().with(imported)).toString();
	}

	/** A value in the column's unit (money divided and named); per its denominator when {@code perDenominator}. */
	private static String value(RawColumn c, double v, boolean perDenominator) {
		if (perDenominator) {
			return Book.number(v) + c.words().per();
		}
		return c.unit() == null ? Book.number(v) : Book.number(c.unit().shown(v)) + c.words().unit();
	}

	/** The columns of every indicator of the set, in its order. */
	static List<RawColumn> all(Book book) {
		ScoreCard card = book.card();
		List<RawColumn> out = new ArrayList<>();
		List<Indicator> scored = card.indicators();
		for (Indicator i : card.set().indicators()) {
			int j = scored.indexOf(i);
			double[] raw;
			double[] imputed = null;
			double[] treated = null;
			byte[] flags = null;
			if (j >= 0) {
				raw = card.stages().get(ScoreCard.Stage.RAW)[j];
				imputed = card.stages().get(ScoreCard.Stage.IMPUTED)[j];
				treated = card.stages().get(ScoreCard.Stage.TREATED)[j];
				flags = card.flags()[j];
			}
			else {
				double[] all = book.data().column(i.from().orElse(i.id()));
				raw = new double[card.size()];
				for (int f = 0; f < raw.length; f++) {
					int r = book.record(f);
					raw[f] = r < 0 ? Double.NaN : all[r];
				}
			}
			boolean denominated = card.steps().denominated().stream().anyMatch(d -> d.indicator().equals(i.id()));
			MoneyUnit unit = MoneyUnit.of(i, raw);
			String unitName = unit != null ? book.text(unit.key()) : book.in(i.unit());
			String header = book.both(i.name()) + (unitName.isEmpty() ? "" : "\n(" + unitName + ")");
			String imputation = j < 0 ? "" : card.methods().get(i.id()).get(MethodStep.IMPUTE).choice().describe();
			out.add(new RawColumn(i, raw, imputed, treated, flags, unit, format(i, unit), denominated, Words.of(book, i, imputation, unit),
					header,
					card.steps().droppedIndicators().contains(i.id()) ? book.text("note.screened-out")
							: headerNote(book, i, flags, card.steps().treated().get(i.id()))));
		}
		return out;
	}

	private static Looks.Format format(Indicator indicator, MoneyUnit unit) {
		IndicatorType type = indicator.type();
		if (type instanceof IndicatorType.CountType) {
			return Looks.Format.WHOLE;
		}
		if (type instanceof IndicatorType.PercentType) {
			return Looks.Format.ONE;
		}
		if (type instanceof IndicatorType.MoneyType || type instanceof IndicatorType.NumberType) {
			return Looks.Format.DECIMAL;
		}
		return Looks.Format.GENERAL;
	}

	/** The note on a column's header when scoring took the logarithm of its values. */
	private static String headerNote(Book book, Indicator indicator, byte[] flags, Treated treated) {
		if (flags == null) {
			return indicator.role() == org.lexbench.indicator.Role.SCORE ? null : book.text("note.not-scored", book.message(
					"workbook.role." + indicator.role().name().toLowerCase(java.util.Locale.ROOT)));
		}
		for (byte flag : flags) {
			if (CellFlags.has(flag, CellFlags.TRANSFORMED)) {
				double shift = treated == null ? Double.NaN : treated.logShift();
				return Double.isNaN(shift) ? book.text("note.log") : book.text("note.log-shifted", Book.number(shift));
			}
		}
		return null;
	}

}
