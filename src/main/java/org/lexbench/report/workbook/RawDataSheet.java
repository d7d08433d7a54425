package org.lexbench.report.workbook;

import java.util.List;

import org.lexbench.firmdata.FirmRecord;
import org.lexbench.scoring.ScoreCard;

/**
 * Every indicator's values as imported, firms in the order of the files, money in CNY in 万元 or
 * 亿元. A value imputation filled in or winsorisation replaced shows the value scoring used, with
 * a fill and a comment giving the value as imported (an indicator scored per unit of a
 * denominator keeps the value as imported, the comment gives the one used); a value outside the
 * plausible range is filled; a column taken as its logarithm says so in its header's comment.
 */
final class RawDataSheet implements WorkbookSheet {

	/** Columns before the indicators: firm, code, year. */
	private static final int FIXED = 3;

	@Override
	public String name(Book book) {
		return book.text("sheet.raw");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		ScoreCard card = book.card();
		List<RawColumn> columns = RawColumn.all(book);
		HeaderRow header = new HeaderRow();
		header.add(book.text("col.firm"), RankingSheet.nameWidth(book));
		header.add(book.text("col.code"), 20);
		header.add(book.text("col.year"), 7);
		for (RawColumn c : columns) {
			header.fit(c.header(), 10, 22);
		}
		header.widths(frame);
		Looks looks = frame.looks();
		Look text = looks.plain();
		frame.rows(rows -> {
			header.write(rows, 0, looks.header());
			for (int f = 0; f < card.size(); f++) {
				FirmRecord firm = card.firms().get(f);
				rows.row();
				rows.text(firm.name(), text);
				rows.text(firm.code().orElse(""), text);
				rows.number(firm.year().isPresent() ? firm.year().getAsInt() : Double.NaN, text);
				for (RawColumn c : columns) {
					rows.number(c.shown(f), looks.of(c.format(), c.mark(f)));
				}
			}
		});
		CellNotes notes = sink -> {
			String legend = book.text("note.legend");
			sink.note(0, 0, () -> legend);
			for (int j = 0; j < columns.size(); j++) {
				if (columns.get(j).headerNote() != null) {
					String note = columns.get(j).headerNote();
					sink.note(0, FIXED + j, () -> note);
				}
			}
			for (int f = 0; f < card.size(); f++) {
				for (int j = 0; j < columns.size(); j++) {
					RawColumn c = columns.get(j);
					if (c.scored() && (c.flags()[f] & RawColumn.NOTED) != 0) {
						int firm = f;
						sink.note(f + 1, FIXED + j, () -> c.note(firm));
					}
				}
			}
		};
		frame.notes(notes, count(columns, card.size()));
		frame.extent(card.size() + 1, header.size());
		frame.header(1, 1);
		frame.filter(0, card.size(), 0, header.size() - 1);
	}

	private static int count(List<RawColumn> columns, int firms) {
		int count = 1;
		for (RawColumn c : columns) {
			count += c.headerNote() != null ? 1 : 0;
			for (int f = 0; c.scored() && f < firms; f++) {
				count += (c.flags()[f] & RawColumn.NOTED) != 0 ? 1 : 0;
			}
		}
		return count;
	}


}
