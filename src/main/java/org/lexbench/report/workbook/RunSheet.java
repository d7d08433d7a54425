package org.lexbench.report.workbook;

import java.util.List;
import java.util.Map;

import org.lexbench.report.RunFacts;

/**
 * The run the workbook comes from: lexbench's version, the set, the year, the input files as they
 * were named, the method of each step at the root, the command, the JDK the score ran on, when the
 * workbook was written.
 */
final class RunSheet implements WorkbookSheet {

	@Override
	public String name(Book book) {
		return book.text("sheet.run");
	}

	@Override
	public void lay(Book book, SheetFrame frame) {
		RunFacts run = book.input().run();
		Looks looks = frame.looks();
		frame.width(0, 24);
		frame.width(1, 90);
		SmallRows rows = new SmallRows();
		rows.row(0, Double.NaN, 0, List.of(book.text("run.fact"), book.text("run.value")), looks.header());
		int r = 1;
		r = fact(rows, looks, r, book.text("run.version"), run.version());
		r = fact(rows, looks, r, book.text("run.set"), run.setId());
		r = fact(rows, looks, r, book.text("run.set-version"), run.setVersion());
		r = fact(rows, looks, r, book.text("run.year"), book.year());
		r = fact(rows, looks, r, book.text("run.inputs"), String.join("\n", run.inputs()));
		for (Map.Entry<String, String> m : run.methods().entrySet()) {
			r = fact(rows, looks, r, book.text("run.method", m.getKey()), m.getValue());
		}
		r = fact(rows, looks, r, book.text("run.command"), run.command());
		r = fact(rows, looks, r, book.text("run.jdk"), run.jdk());
		r = fact(rows, looks, r, book.text("run.written"), run.written().toOffsetDateTime().toString());
		frame.rows(rows);
		frame.extent(r, 2);
		frame.header(1, 0);
	}

	private static int fact(SmallRows rows, Looks looks, int r, String name, String value) {
		rows.row(r, List.of(name, value), List.of(looks.label(), looks.paragraph()));
		return r + 1;
	}

}
