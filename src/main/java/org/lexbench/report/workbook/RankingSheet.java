package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.lexbench.files.SheetTextWidth;
import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.AttributeType;
import org.lexbench.indicator.Node;
import org.lexbench.scoring.CellFlags;
import org.lexbench.scoring.ScoreCard;

/**
 * Every firm by composite rank: name, code, year, attributes, composite, rank, tier (or why it has
 * none), the score of every dimension, coverage and how many of its values were imputed, treated
 * or out of range. Scores have a colour scale; the header is frozen and filtered.
 */
final class RankingSheet implements WorkbookSheet {

	@Override
	public String name(Book book) {
		return book.text("sheet.ranking");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		ScoreCard card = book.card();
		List<String> attributes = book.attributes();
		List<Node> dimensions = book.dimensions().subList(1, book.dimensions().size());
		boolean dated = card.year().isPresent();
		HeaderRow header = new HeaderRow();
		header.add(book.text("col.firm"), nameWidth(book));
		header.add(book.text("col.code"), 20);
		if (dated) {
			header.add(book.text("col.year"), 7);
		}
		for (String a : attributes) {
			header.fit(book.attributeName(a), 8, 24);
		}
		int composite = header.size();
		header.add(book.text("col.composite"), 11);
		header.add(book.text("col.rank"), 7);
		header.fit(book.text("col.tier"), 10, 20);
		for (Node d : dimensions) {
			header.fit(book.in(d.name()), 9, 16);
		}
		header.add(book.text("col.coverage"), 10);
		header.add(book.text("col.flags"), 30);
		header.widths(frame);
		Looks looks = frame.looks();
		Look text = looks.plain();
		Look score = looks.number(Looks.Format.SCORE);
		Look share = looks.number(Looks.Format.SHARE);
		frame.rows(rows -> {
			header.write(rows, 0, looks.header());
			for (int f : book.byRank()) {
				FirmRecord firm = card.firms().get(f);
				rows.row();
				rows.text(firm.name(), text);
				rows.text(firm.code().orElse(""), text);
				if (dated) {
					rows.number(firm.year().getAsInt(), text);
				}
				for (String a : attributes) {
					String value = firm.attributes().getOrDefault(a, "");
					OptionalDouble number = card.set().attribute(a).filter(x -> x.type() == AttributeType.NUMBER).isPresent()
							? number(value) : OptionalDouble.empty();
					if (number.isPresent()) {
						rows.number(number.getAsDouble(), text); // a number attribute (founded) is a number, not "1983.0"
					}
					else {
						rows.text(value, text);
					}
				}
				rows.number(card.composite()[f], score);
				rows.number(card.compositeRank()[f], text);
				rows.text(book.standing(f), text);
				for (Node d : dimensions) {
					rows.number(card.score(d.id(), f), score);
				}
				rows.number(card.coverage()[f], share);
				rows.text(flags(book, f), text);
			}
		});
		int last = card.size();
		frame.extent(last + 1, header.size());
		frame.header(1, 1);
		frame.filter(0, last, 0, header.size() - 1);
		List<Integer> scored = new ArrayList<>();
		scored.add(composite);
		for (int d = 0; d < dimensions.size(); d++) {
			scored.add(composite + 3 + d);
		}
		frame.colourScale(1, last, scored);
	}

	/** How many of the firm's values each step changed or flagged: "imputed 2, winsorised 1". */
	static String flags(Book book, int firm) {
		byte[][] flags = book.card().flags();
		int[] counts = new int[4];
		byte[] kinds = { CellFlags.IMPUTED, CellFlags.WINSORISED, CellFlags.TRANSFORMED, CellFlags.OUT_OF_RANGE };
		for (byte[] column : flags) {
			for (int k = 0; k < kinds.length; k++) {
				counts[k] += CellFlags.has(column[firm], kinds[k]) ? 1 : 0;
			}
		}
		String[] keys = { "flag.imputed", "flag.winsorised", "flag.transformed", "flag.out-of-range" };
		List<String> out = new ArrayList<>();
		for (int k = 0; k < kinds.length; k++) {
			if (counts[k] > 0) {
				out.add(book.message(keys[k]) + " " + counts[k]);
			}
		}
		return String.join(book.message("list.separator"), out);
	}

	/** Wide enough for the longest firm name, within 16 and 40 digits. */
	static double nameWidth(Book book) {
		int widest = 0;
		for (FirmRecord firm : book.card().firms()) {
			widest = Math.max(widest, SheetTextWidth.of(firm.name()));
		}
		return Math.min(40, Math.max(16, widest + 2));
	}


	private static OptionalDouble number(String value) {
		try {
			return value.isBlank() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(value.strip()));
		}
		catch (NumberFormatException notNumber) {
			return OptionalDouble.empty();
		}
	}

}
