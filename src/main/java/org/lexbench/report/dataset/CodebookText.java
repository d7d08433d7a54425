package org.lexbench.report.dataset;

import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.indicator.Bilingual;

/** A label or meaning of the codebook in both languages, from the message catalogue. */
final class CodebookText {

	private CodebookText() {
	}

	static Bilingual of(String key, Object... args) {
		Text text = Text.of(key, args);
		return Bilingual.of(text.in(Language.ZH), text.in(Language.EN));
	}

	/** A column described by its message keys: {@code export.column.NAME} (label) and {@code export.column.NAME.meaning}. */
	static DatasetColumn column(String name, ColumnType type, Object... meaningArgs) {
		return new DatasetColumn(name, of("export.column." + name), Bilingual.EMPTY, type, "",
				of("export.column." + name + ".meaning", meaningArgs));
	}

}
