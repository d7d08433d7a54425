package org.lexbench.report.dataset;

import java.util.regex.Pattern;

import org.lexbench.indicator.Bilingual;

/**
 * One column of a dataset as its codebook describes it: a name R, Stata and pandas take as it is
 * (ASCII letters, digits and underscores, starting with a letter), a label and a unit in both
 * languages, how values are stored, the set node it is about (empty for none) and what it means.
 */
record DatasetColumn(String name, Bilingual label, Bilingual unit, ColumnType type, String node, Bilingual meaning) {

	static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	DatasetColumn {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a column name must match " + NAME + ", got " + name);
		}
		if (label == null || unit == null || type == null || node == null || meaning == null) {
			throw new IllegalArgumentException("column " + name + " lacks a description");
		}
	}

}
