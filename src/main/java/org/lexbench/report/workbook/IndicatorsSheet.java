package org.lexbench.report.workbook;

/**
 * Every indicator scored, normalised: each firm's score and rank, headed by the indicator's name
 * in both languages, with a heat-map colour scale.
 */
final class IndicatorsSheet implements WorkbookSheet {

	@Override
	public String name(Book book) {
		return book.text("sheet.indicators");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		NodeScores.lay(book, frame, book.scored(), n -> book.both(n.name()),
				n -> book.text("col.rank") + "\n" + n.id());
	}

}
