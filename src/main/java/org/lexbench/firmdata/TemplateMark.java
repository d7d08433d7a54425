package org.lexbench.firmdata;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.lexbench.files.LexbenchException;
import org.lexbench.indicator.IndicatorSet;

/**
 * The hidden sheet of a fill-in template that says which indicator set, and which version of it,
 * the template was made for: rows of a key and a value. A returned template for another set or
 * another version is refused, because its columns may mean something else.
 */
record TemplateMark(String setId, String version) {

	/** The hidden sheet's name. */
	static final String SHEET = "lexbench";

	static final String SET = "set";

	static final String VERSION = "version";

	/** The mark of a file, if it has the hidden sheet. */
	static Optional<TemplateMark> of(TableFile table) {
		int sheet = table.sheets().indexOf(SHEET);
		if (sheet < 0) {
			return Optional.empty();
		}
		Map<String, String> entries = new HashMap<>();
		table.read(sheet, row -> {
			entries.put(row.cell(0).text().strip(), row.cell(1).text().strip());
			return entries.size() < 100;
		});
		String id = entries.get(SET);
		String version = entries.get(VERSION);
		return id == null || version == null ? Optional.empty() : Optional.of(new TemplateMark(id, version));
	}

	/** Refuses a template made for another set or another version of {@code set}. */
	void require(IndicatorSet set, String shownAs) {
		if (!this.setId.equals(set.id())) {
			throw LexbenchException.invalidInput("data.template-other-set", shownAs, this.setId, this.version, set.id(),
					set.version());
		}
		if (!this.version.equals(set.version())) {
			throw LexbenchException.invalidInput("data.template-other-version", shownAs, set.id(), this.version, set.version());
		}
	}

}
