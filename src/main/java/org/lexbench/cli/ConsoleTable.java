package org.lexbench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.shell.jline.tui.table.Aligner;
import org.springframework.shell.jline.tui.table.ArrayTableModel;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.SizeConstraints;
import org.springframework.shell.jline.tui.table.TableBuilder;
import org.springframework.shell.jline.tui.table.TextWrapper;

/**
 * Renders a table with Spring Shell's {@link TableBuilder}, measuring text in terminal columns so
 * Chinese lines up (Spring Shell 4.0.1 measures {@code String.length()}; fixed upstream in
 * 4.0.2): sizing, wrapping and aligning are all replaced by column-width-aware versions. On a
 * terminal narrower than the table, columns that may wrap (names) wrap — a tree's guide lines
 * continue on the wrapped lines — and if that is not enough the least important columns are left
 * out, and the rendering says which. Ids and numbers never wrap. Leading spaces that must survive
 * (tree indentation) are written as no-break spaces, which Spring Shell's built-in aligner does
 * not trim.
 */
final class ConsoleTable {

	/**
	 * One column: its header, whether it is right-aligned, the narrowest it may wrap to (0: it never
	 * wraps), and how much it matters (the lowest priority is left out first).
	 */
	record Column(String header, boolean right, int narrowest, int priority) {

		/** Text that may wrap, down to {@link ConsoleTable#NARROWEST} columns. */
		static Column text(String header, int priority) {
			return new Column(header, false, NARROWEST, priority);
		}

		/** The table's main text (a name), wrapped no narrower than {@code narrowest} columns. */
		static Column main(String header, int narrowest, int priority) {
			return new Column(header, false, narrowest, priority);
		}

		static Column fixed(String header, int priority) {
			return new Column(header, false, 0, priority);
		}

		static Column number(String header, int priority) {
			return new Column(header, true, 0, priority);
		}

		boolean wraps() {
			return this.narrowest > 0;
		}

	}

	/** The rendered table, and the headers of the columns a narrow terminal left out. */
	record Rendering(String text, List<String> hidden) {
	}

	/** Spaces between a cell's border and its text. */
	static final int MARGIN = 1;

	/** Narrowest a wrapping column gets, in terminal columns (margins included). */
	static final int NARROWEST = 12;

	private ConsoleTable() {
	}

	/** Renders {@code rows} under {@code columns}; {@code width} 0 means unlimited (not a terminal). */
	static Rendering render(List<Column> columns, List<List<String>> rows, int width) {
		List<Integer> kept = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			kept.add(c);
		}
		int[] natural = new int[columns.size()];
		int[] least = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			natural[c] = DisplayWidth.of(columns.get(c).header()) + 2 * MARGIN;
			for (List<String> row : rows) {
				natural[c] = Math.max(natural[c], DisplayWidth.of(row.get(c)) + 2 * MARGIN);
			}
			least[c] = columns.get(c).wraps() ? Math.min(natural[c], columns.get(c).narrowest() + 2 * MARGIN) : natural[c];
		}
		List<String> hidden = new ArrayList<>();
		while (width > 0 && kept.size() > 1 && needed(kept, least) > width) {
			int drop = kept.stream().min(Comparator.comparingInt(c -> columns.get(c).priority())).orElseThrow();
			kept.remove(Integer.valueOf(drop));
			hidden.add(columns.get(drop).header());
		}
		String[][] data = new String[rows.size() + 1][kept.size()];
		for (int k = 0; k < kept.size(); k++) {
			data[0][k] = columns.get(kept.get(k)).header();
			for (int r = 0; r < rows.size(); r++) {
				data[r + 1][k] = rows.get(r).get(kept.get(k));
			}
		}
		TableBuilder builder = new TableBuilder(new ArrayTableModel(data));
		builder.addHeaderAndVerticalsBorders(BorderStyle.fancy_light);
		for (int k = 0; k < kept.size(); k++) {
			int column = k;
			Column spec = columns.get(kept.get(k));
			int min = least[kept.get(k)];
			int max = natural[kept.get(k)];
			builder.on((row, c, model) -> c == column)
				.addSizer((raw, tableWidth, nbColumns) -> new SizeConstraints.Extent(min, max))
				.addWrapper(new ColumnWrapper())
				.addAligner(new ColumnAligner(spec.right()));
			if (spec.right()) {
				builder.on((row, c, model) -> c == column && row == 0).addAligner(new ColumnAligner(false));
			}
		}
		int total = width <= 0 ? needed(kept, natural) : Math.min(width, needed(kept, natural));
		return new Rendering(builder.build().render(total), hidden);
	}

	private static int needed(List<Integer> columns, int[] widths) {
		int sum = columns.size() + 1;
		for (int c : columns) {
			sum += widths[c];
		}
		return sum;
	}

	/**
	 * Wraps at spaces when it can, else between characters, and pads to the column width. A
	 * leading tree prefix ({@code │ ├─ └─}) is carried to the wrapped lines as guide lines only.
	 */
	private static final class ColumnWrapper implements TextWrapper {

		@Override
		public String[] wrap(String[] original, int cellWidth) {
			int columnWidth = Math.max(1, cellWidth - 2 * MARGIN);
			List<String> out = new ArrayList<>();
			for (String line : original) {
				int p = 0;
				while (p < line.length() && "│├└─\u00A0".indexOf(line.charAt(p)) >= 0) {
					p++;
				}
				String prefix = line.substring(0, p);
				String continued = prefix.replace('├', '│').replace('└', '\u00A0').replace('─', '\u00A0');
				int room = Math.max(1, columnWidth - DisplayWidth.of(prefix));
				String rest = line.substring(p);
				boolean first = true;
				while (DisplayWidth.of(rest) > room) {
					int cut = DisplayWidth.fit(rest, room);
					int space = rest.lastIndexOf(' ', cut);
					int end = space > 0 ? space : cut;
					out.add(DisplayWidth.pad((first ? prefix : continued) + rest.substring(0, end), columnWidth));
					rest = rest.substring(space > 0 ? space + 1 : cut);
					first = false;
				}
				out.add(DisplayWidth.pad((first ? prefix : continued) + rest, columnWidth));
			}
			return out.toArray(new String[0]);
		}

	}

	/** Re-pads what Spring Shell's default aligner padded by {@code length()}. */
	private record ColumnAligner(boolean right) implements Aligner {

		@Override
		public String[] align(String[] text, int cellWidth, int cellHeight) {
			String[] out = new String[cellHeight];
			String margin = " ".repeat(MARGIN);
			int inner = Math.max(0, cellWidth - 2 * MARGIN);
			for (int i = 0; i < cellHeight; i++) {
				String line = i < text.length && text[i] != null ? strip(text[i]) : "";
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
