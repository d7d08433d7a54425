package org.lexbench.report.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a small sheet (overview, method, run), built in memory before the workbook is
 * written: each row has its place, an optional height and cells that are text or numbers. The
 * large sheets stream their rows straight from the score instead.
 */
final class SmallRows implements SheetFrame.Rows {

	private record Cell(int column, Object value, Look look) {
	}

	private record Line(int index, double height, List<Cell> cells) {
	}

	private final List<Line> lines = new ArrayList<>();

	/** Row {@code index}'s cells from column {@code first} on, {@code height} points high (NaN: default). */
	SmallRows row(int index, double height, int first, List<?> values, Look look) {
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < values.size(); c++) {
			cells.add(new Cell(first + c, values.get(c), look));
		}
		add(index, height, cells);
		return this;
	}

	/** Row {@code index} with one cell per {@code values}, each with its own look. */
	SmallRows row(int index, List<?> values, List<Look> looks) {
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < values.size(); c++) {
			cells.add(new Cell(c, values.get(c), looks.get(Math.min(c, looks.size() - 1))));
		}
		add(index, Double.NaN, cells);
		return this;
	}

	/** Adds {@code value} at a cell of a row already made, or of a new one. */
	SmallRows cell(int row, int column, Object value, Look look) {
		for (Line line : this.lines) {
			if (line.index() == row) {
				line.cells().add(new Cell(column, value, look));
				line.cells().sort(java.util.Comparator.comparingInt(Cell::column));
				return this;
			}
		}
		add(row, Double.NaN, new ArrayList<>(List.of(new Cell(column, value, look))));
		return this;
	}

	private void add(int index, double height, List<Cell> cells) {
		for (Line line : this.lines) {
			if (line.index() == index) {
				throw new IllegalArgumentException("row " + index + " is already written");
			}
		}
		this.lines.add(new Line(index, height, new ArrayList<>(cells)));
		this.lines.sort(java.util.Comparator.comparingInt(Line::index));
	}

	/** The number of the last row, -1 when there is none. */
	int last() {
		return this.lines.isEmpty() ? -1 : this.lines.get(this.lines.size() - 1).index();
	}

	@Override
	public void write(Cells rows) throws IOException {
		for (Line line : this.lines) {
			rows.row(line.index(), line.height());
			for (Cell cell : line.cells()) {
				rows.at(cell.column());
				if (cell.value() instanceof Number n) {
					rows.number(n.doubleValue(), cell.look());
				}
				else {
					rows.text(cell.value() == null ? "" : cell.value().toString(), cell.look());
				}
			}
		}
	}

}
