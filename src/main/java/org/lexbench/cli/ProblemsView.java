package org.lexbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexbench.files.Location;
import org.lexbench.files.Problem;
import org.lexbench.files.TableOutput;
import org.lexbench.firmdata.FirmDataset;

/**
 * The problems of loaded data, as a table on screen or as a file (xlsx or CSV) with a column each
 * for file, sheet, cell or line, severity, problem and raw text, fit to send back to the firms.
 */
final class ProblemsView {

	private final Session session;

	ProblemsView(Session session) {
		this.session = session;
	}

	String render(List<Problem> problems, int limit) {
		if (problems.isEmpty()) {
			return this.session.text("problems.none") + "\n";
		}
		int shown = limit <= 0 ? problems.size() : Math.min(limit, problems.size());
		List<List<String>> rows = new ArrayList<>();
		for (Problem p : problems.subList(0, shown)) {
			rows.add(List.of(severity(p), p.location().render(), p.message().in(this.session.language()), p.raw()));
		}
		String table = this.session.table(List.of(ConsoleTable.Column.fixed(this.session.text("problems.col.severity"), 3),
				ConsoleTable.Column.text(this.session.text("problems.col.place"), 5),
				ConsoleTable.Column.main(this.session.text("problems.col.message"), 24, 4),
				ConsoleTable.Column.text(this.session.text("problems.col.raw"), 1)), rows);
		return shown < problems.size() ? table + this.session.text("problems.more", problems.size() - shown) + "\n" : table;
	}

	/**
	 * Writes every problem to {@code target}: xlsx if its name ends in .xlsx, else CSV; with the
	 * firm a problem's row is about, so the list can be split and sent to each firm.
	 */
	void write(List<Problem> problems, FirmDataset data, Path target) {
		java.util.function.Function<Location, String> firmAt = data.firmAtRow();
		List<String> header = List.of(text("problems.col.file"), text("problems.col.sheet"), text("problems.col.cell"),
				text("load.col.firm"), text("problems.col.severity"), text("problems.col.message"), text("problems.col.raw"));
		List<List<String>> rows = new ArrayList<>(problems.size());
		for (Problem p : problems) {
			Location l = p.location();
			rows.add(List.of(l.file(), l.sheet(), l.place(), firmAt.apply(l), severity(p), p.message().in(this.session.language()),
					p.raw()));
		}
		TableOutput.write(target, text("problems.col.message"), header, rows);
	}

	private String severity(Problem p) {
		return text(p.isError() ? "severity.error" : "severity.warning");
	}

	private String text(String key) {
		return this.session.text(key);
	}

}
