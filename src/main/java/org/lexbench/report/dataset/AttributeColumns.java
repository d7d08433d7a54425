package org.lexbench.report.dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.lexbench.firmdata.FirmRecord;
import org.lexbench.indicator.Attribute;
import org.lexbench.indicator.AttributeType;
import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.StandardAttributes;
import org.lexbench.scoring.ScoreCard;

/**
 * The firm attributes a wide table carries, each that some record has: the standard ones
 * ({@code attr_province} …), then those the set declares ({@code attr_ID}), then every other
 * column of the data files, kept under its header ({@code other_1}, {@code other_2} … in the
 * headers' order). The firm's English name and the other columns identify a firm, or may.
 */
final class AttributeColumns {

	/** One attribute: the key records hold it under, its column, whether it is a number, whether it names the firm. */
	record FirmAttribute(String key, DatasetColumn column, boolean numeric, boolean identifying) {

		void write(FirmRecord firm, Cells out) throws IOException {
			String value = firm.attributes().get(this.key);
			if (this.numeric && value != null) {
				try {
					out.number(Double.parseDouble(value));
					return;
				}
				catch (NumberFormatException notANumber) {
					// kept as the text it is, never dropped
				}
			}
			out.text(value);
		}

	}

	private AttributeColumns() {
	}

	static List<FirmAttribute> of(List<ScoreCard> cards) {
		Set<String> present = new HashSet<>();
		for (ScoreCard card : cards) {
			for (FirmRecord firm : card.firms()) {
				present.addAll(firm.attributes().keySet());
			}
		}
		IndicatorSet set = cards.get(0).set();
		List<Attribute> known = new ArrayList<>(StandardAttributes.ALL);
		for (Attribute declared : set.attributes()) {
			if (StandardAttributes.find(declared.id()).isEmpty()) {
				known.add(declared);
			}
		}
		List<FirmAttribute> out = new ArrayList<>();
		for (Attribute a : known) {
			if (present.remove(a.id())) {
				out.add(known(a));
			}
		}
		int n = 0;
		for (String header : new TreeSet<>(present)) {
			n++;
			out.add(new FirmAttribute(header, new DatasetColumn("other_" + n, Bilingual.same(header), Bilingual.EMPTY,
					ColumnType.TEXT, "", CodebookText.of("export.column.other.meaning", header)), false, true));
		}
		return out;
	}

	private static FirmAttribute known(Attribute a) {
		boolean numeric = a.type() == AttributeType.NUMBER;
		DatasetColumn column = new DatasetColumn("attr_" + a.id(), a.name(), a.unit(),
				numeric ? ColumnType.NUMBER : ColumnType.TEXT, "", CodebookText.of("export.column.attr.meaning", a.id()));
		return new FirmAttribute(a.id(), column, numeric, a.id().equals("name_en"));
	}

}
