package org.lexbench.files;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one input, so all of them are reported at once. */
public final class Problems {

	private final List<Problem> list = new ArrayList<>();

	public void add(Problem problem) {
		this.list.add(problem);
	}

	public void error(Location location, String key, Object... args) {
		add(Problem.error(location, key, args));
	}

	public void warning(Location location, String key, Object... args) {
		add(Problem.warning(location, key, args));
	}

	public boolean hasErrors() {
		return this.list.stream().anyMatch(Problem::isError);
	}

	public List<Problem> list() {
		return List.copyOf(this.list);
	}

	/** Every problem, ordered by place in the file (line, then column); file-wide ones first. */
	public List<Problem> sorted() {
		List<Problem> out = new ArrayList<>(this.list);
		out.sort(java.util.Comparator.comparingInt((Problem p) -> line(p.location()))
			.thenComparingInt(p -> p.location() instanceof Location.TextPosition t ? t.column() : 0));
		return out;
	}

	private static int line(Location location) {
		return location instanceof Location.TextPosition t ? t.line() : 0;
	}

	public List<Problem> errors() {
		return this.list.stream().filter(Problem::isError).toList();
	}

	public List<Problem> warnings() {
		return this.list.stream().filter(p -> !p.isError()).toList();
	}

}
