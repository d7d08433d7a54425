package org.lexbench.report.workbook;

import java.util.ArrayList;
import java.util.List;

import org.lexbench.analysis.PeerComparison;

/**
 * The last peer comparison ({@code compare}), when one was made on this score: the firm against
 * its group at every node — its value (an indicator's as reported, a dimension's score), the
 * group's median and quartiles, its percentile, and the change to the median and to the better
 * quartile (0 once reached). Only aggregates of the peers, as on the console.
 */
final class PeersSheet implements WorkbookSheet {

	@Override
	public boolean present(Book book) {
		return book.input().peers().isPresent();
	}

	@Override
	public String name(Book book) {
		return book.text("sheet.peers");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		PeerComparison comparison = book.input().peers().orElseThrow();
		Looks looks = frame.looks();
		frame.width(0, 56);
		for (int c = 1; c <= 7; c++) {
			frame.width(c, 15);
		}
		SmallRows rows = new SmallRows();
		rows.row(0, Double.NaN, 0, List.of(book.text("peers.title",
				book.input().card().firms().get(comparison.group().firm()).name(), comparison.group().peers().length,
				comparison.group().how())), looks.title());
		List<String> head = List.of(book.text("peers.node"), book.text("peers.firm"), book.text("peers.median"),
				book.text("peers.q1"), book.text("peers.q3"), book.text("peers.percentile"), book.text("peers.to-median"),
				book.text("peers.to-quartile"));
		rows.row(2, Double.NaN, 0, head, looks.header());
		int r = 3;
		Look number = looks.number(Looks.Format.DECIMAL);
		for (PeerComparison.Row row : comparison.rows()) {
			List<Object> values = new ArrayList<>();
			values.add("  ".repeat(row.depth()) + row.node().name().in(book.language()));
			for (double v : new double[] { row.value(), row.median(), row.lowerQuartile(), row.upperQuartile(), row.percentile(),
					row.toMedian(), row.toBetterQuartile() }) {
				values.add(Double.isNaN(v) ? "" : (Object) v);
			}
			List<Look> each = new ArrayList<>(List.of(looks.label()));
			for (int c = 1; c < values.size(); c++) {
				each.add(number);
			}
			rows.row(r++, values, each);
		}
		frame.rows(rows);
		frame.extent(r, head.size());
		frame.header(3, 1);
	}

}
