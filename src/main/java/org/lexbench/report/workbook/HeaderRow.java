package org.lexbench.report.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.lexbench.files.SheetTextWidth;

/**
 * The header row of a table sheet: a text and a width for each column. The row is as high as its
 * tallest wrapped header, since a program's sheet is not fitted by Excel when opened.
 */
final class HeaderRow {

	private static final double LINE = 15;

	private final List<String> texts = new ArrayList<>();

	private final List<Double> widths = new ArrayList<>();

	/** Adds a column headed {@code text}, {@code width} digits wide. */
	HeaderRow add(String text, double width) {
		this.texts.add(text);
		this.widths.add(width);
		return this;
	}

	/** Adds a column as wide as its header's longest line needs, between {@code least} and {@code most}. */
	HeaderRow fit(String text, double least, double most) {
		return add(text, Math.min(most, Math.max(least, SheetTextWidth.of(text) + 2)));
	}

	int size() {
		return this.texts.size();
	}

	List<String> texts() {
		return List.copyOf(this.texts);
	}

	/** Sets the columns' widths on {@code frame}. */
	void widths(SheetFrame frame) {
		for (int c = 0; c < this.widths.size(); c++) {
			frame.width(c, this.widths.get(c));
		}
	}

	/** Writes the header as row {@code index} of {@code rows}. */
	void write(Cells rows, int index, Look look) throws IOException {
		int lines = 1;
		for (int c = 0; c < this.texts.size(); c++) {
			lines = Math.max(lines, SheetTextWidth.lines(this.texts.get(c), (int) Math.max(1, this.widths.get(c) - 1)));
		}
		rows.row(index, Math.min(409, LINE * lines + 3));
		for (String text : this.texts) {
			rows.text(text, look);
		}
	}

}
