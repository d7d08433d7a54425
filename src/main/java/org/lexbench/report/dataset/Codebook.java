package org.lexbench.report.dataset;

import java.io.IOException;
import java.util.List;

import org.lexbench.files.Language;
import org.lexbench.indicator.Bilingual;

/**
 * The codebook beside a dataset: a row per column of the data — its name, label and unit in
 * Chinese and English, how values are stored, the set node it is about, and its meaning in both
 * languages.
 */
final class Codebook implements DatasetTable {

	private static final List<String> NAMES = List.of("name", "label_zh", "label_en", "unit_zh", "unit_en", "type",
			"node", "meaning_zh", "meaning_en");

	private final List<DatasetColumn> described;

	Codebook(List<DatasetColumn> described) {
		this.described = List.copyOf(described);
	}

	@Override
	public String name() {
		return "codebook";
	}

	@Override
	public List<DatasetColumn> columns() {
		return NAMES.stream().map(n -> new DatasetColumn(n, Bilingual.same(n), Bilingual.EMPTY, ColumnType.TEXT, "",
				Bilingual.EMPTY)).toList();
	}

	@Override
	public long size() {
		return this.described.size();
	}

	@Override
	public void write(Cells out) throws IOException {
		for (DatasetColumn c : this.described) {
			out.text(c.name());
			out.text(c.label().in(Language.ZH));
			out.text(c.label().in(Language.EN));
			out.text(c.unit().in(Language.ZH));
			out.text(c.unit().in(Language.EN));
			out.text(c.type().keyword());
			out.text(c.node());
			out.text(c.meaning().in(Language.ZH));
			out.text(c.meaning().in(Language.EN));
			out.end();
		}
	}

}
