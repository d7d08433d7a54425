package org.lexbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.shell.jline.tui.table.Aligner;
import org.springframework.shell.jline.tui.table.ArrayTableModel;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.CellMatchers;
import org.springframework.shell.jline.tui.table.SizeConstraints;
import org.springframework.shell.jline.tui.table.TableBuilder;
import org.springframework.shell.jline.tui.table.TextWrapper;

/**
 * Renders a table with Spring Shell's {@link TableBuilder}, measuring text in terminal columns so
 * Chinese lines up (Spring Shell 4.0.1 measures {@code String.length()}; fixed upstream in
 * 4.0.2). Sizing, wrapping and aligning are all replaced by column-width-aware versions. Leading
 * spaces that must survive (tree indentation) are written as no-break spaces, which Spring Shell's
 * built-in aligner does not trim.
 */
final class ConsoleTable {

	/** Spaces between a cell's border and its text. */
	static final int MARGIN = 1;

	/** Width used when output is not a terminal: tables keep their natural width. */
	static final int UNLIMITED = 10_000;

	private ConsoleTable() {
	}

	static String render(List<String> header, List<List<String>> rows, int width, Set<Integer> rightAligned) {
		String[][] data = new String[rows.size() + 1][];
		data[0] = header.toArray(new String[0]);
		for (int r = 0; r < rows.size(); r++) {
			data[r + 1] = rows.get(r).toArray(new String[0]);
		}
		TableBuilder builder = new TableBuilder(new ArrayTableModel(data));
		builder.addHeaderAndVerticalsBorders(BorderStyle.fancy_light);
		builder.on(CellMatchers.table())
			.addSizer(new ColumnSizer())
			.addWrapper(new ColumnWrapper())
			.addAligner(new ColumnAligner(false));
		for (int column : rightAligned) {
			builder.on((row, c, model) -> c == column && row > 0).addAligner(new ColumnAligner(true));
		}
		return builder.build().render(width <= 0 ? UNLIMITED : width);
	}

	/** Widest word and widest line, in terminal columns. */
	private static final class ColumnSizer implements SizeConstraints {

		@Override
		public Extent width(String[] raw, int tableWidth, int nbColumns) {
			int min = 0;
			int max = 0;
			for (String line : raw) {
				for (String word : line.split(" ")) {
					min = Math.max(min, Math.min(DisplayWidth.of(word), 12));
				}
				max = Math.max(max, DisplayWidth.of(line));
			}
			return new Extent(min + 2 * MARGIN, Math.max(min, max) + 2 * MARGIN);
		}

	}

	/** Wraps at spaces when it can, else between characters, and pads to the column width. */
	private static final class ColumnWrapper implements TextWrapper {

		@Override
		public String[] wrap(String[] original, int cellWidth) {
			int columnWidth = Math.max(1, cellWidth - 2 * MARGIN);
			List<String> out = new ArrayList<>();
			for (String line : original) {
				String rest = line;
				while (DisplayWidth.of(rest) > columnWidth && columnWidth > 0) {
					int cut = DisplayWidth.fit(rest, columnWidth);
					int space = rest.lastIndexOf(' ', cut);
					int end = space > 0 ? space : cut;
					out.add(DisplayWidth.pad(rest.substring(0, end), columnWidth));
					rest = rest.substring(space > 0 ? space + 1 : cut);
				}
				if (columnWidth > 0) {
					out.add(DisplayWidth.pad(rest, columnWidth));
				}
			}
			return out.toArray(new String[0]);
		}

	}

	/** Re-pads what Spring Shell's default aligner padded by {@code length()}. */
	private record ColumnAligner(boolean right) implements Aligner {

		@Override
		public String[] align(String[] text, int cellWidth, int cellHeight) {
			String[] out = new String[cellHeight];
			for (int i = 0; i < cellHeight; i++) {
				String line = i < text.length && text[i] != null ? strip(text[i]) : "";
				int inner = Math.max(0, cellWidth - 2 * MARGIN);
				String margin = " ".repeat(MARGIN);
				out[i] = margin + (this.right ? DisplayWidth.padLeft(line, inner) : DisplayWidth.pad(line, inner)) + margin;
			}
			return out;
		}

		private static String strip(String s) {
			int start = 0;
			int end = s.length();
			while (start < end && s.charAt(start) == ' ') {
				start++;
			}
			while (end > start && s.charAt(end - 1) == ' ') {
				end--;
			}
			return s.substring(start, end);
		}

	}

}
