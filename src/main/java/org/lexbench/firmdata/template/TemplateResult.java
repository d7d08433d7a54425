package org.lexbench.firmdata.template;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A fill-in template written: its file, how many indicator and attribute columns its data sheet
 * has (besides firm name, code and year), and how many data rows it prepares with drop-downs,
 * checks and number formats.
 */
public record TemplateResult(Path file, int indicatorColumns, int attributeColumns, int rows) {

	public TemplateResult {
		Objects.requireNonNull(file, "file");
		if (indicatorColumns < 0 || attributeColumns < 0 || rows < 0) {
			throw new IllegalArgumentException("column and row counts must not be negative, got " + indicatorColumns
					+ ", " + attributeColumns + ", " + rows);
		}
	}

}
