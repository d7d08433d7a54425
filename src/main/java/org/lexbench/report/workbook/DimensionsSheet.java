package org.lexbench.report.workbook;

/** The composite and every dimension: each firm's score and rank, with a heat-map colour scale. */
final class DimensionsSheet implements WorkbookSheet {

	@Override
	public String name(Book book) {
		return book.text("sheet.dimensions");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		NodeScores.lay(book, frame, book.dimensions(), n -> book.in(n.name()),
				n -> book.text("col.rank-of", book.in(n.name())));
	}

}
