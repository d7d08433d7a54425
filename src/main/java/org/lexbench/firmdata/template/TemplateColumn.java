package org.lexbench.firmdata.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lexbench.files.Language;
import org.lexbench.files.Localised;
import org.lexbench.files.Text;
import org.lexbench.firmdata.ColumnMatcher;
import org.lexbench.indicator.Attribute;
import org.lexbench.indicator.AttributeType;
import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.StandardAttributes;

/**
 * One column of a template's data sheet: the id the template's mark gives it (a standard column,
 * an attribute or an indicator), its name and unit, what it holds, and for an indicator column
 * the indicator.
 */
record TemplateColumn(String id, Localised name, Localised unit, Kind kind, Optional<Indicator> indicator) {

	/** What a column holds, which decides its format, its check and its header colour. */
	enum Kind {
		/** The firm's name. */
		FIRM,
		/** The unified social credit code: text, so Excel never turns it into a rounded number. */
		CODE,
		/** The year the values are for. */
		YEAR,
		/** The year the firm was founded (a standard attribute). */
		FOUNDED,
		/** A text attribute (province, size band …). */
		TEXT,
		/** A number attribute declared by the set (population …). */
		NUMBER,
		/** An indicator's values. */
		INDICATOR
	}

	/**
	 * The columns of a template for {@code set}: firm name, code and year, the standard and the
	 * set's own attributes, then every indicator that takes its own values (a derived one, with
	 * {@code from}, reads another indicator's column), in the order of the set.
	 */
	static List<TemplateColumn> of(IndicatorSet set) {
		List<TemplateColumn> out = new ArrayList<>();
		out.add(standard("firm", "template.column.firm", Kind.FIRM));
		out.add(standard("code", "template.column.code", Kind.CODE));
		out.add(standard("year", "template.column.year", Kind.YEAR));
		for (Attribute a : StandardAttributes.ALL) {
			// the standard attributes' units (年) would only repeat their names
			out.add(attribute(a, Bilingual.EMPTY));
		}
		for (Attribute a : set.attributes()) {
			out.add(attribute(a, a.unit()));
		}
		for (Indicator i : set.indicators()) {
			if (i.from().isEmpty()) {
				out.add(new TemplateColumn(i.id(), i.name(), unit(i), Kind.INDICATOR, Optional.of(i)));
			}
		}
		return List.copyOf(out);
	}

	private static TemplateColumn standard(String id, String key, Kind kind) {
		return new TemplateColumn(id, Text.of(key), Bilingual.EMPTY, kind, Optional.empty());
	}

	private static TemplateColumn attribute(Attribute a, Bilingual unit) {
		Kind kind = a.id().equals("founded") ? Kind.FOUNDED : a.type() == AttributeType.NUMBER ? Kind.NUMBER : Kind.TEXT;
		return new TemplateColumn(a.id(), a.name(), unit, kind, Optional.empty());
	}

	/** Percentages show %; values chosen from a list (yes/no, levels, categories) show no unit. */
	private static Localised unit(Indicator i) {
		if (i.type() instanceof IndicatorType.PercentType) {
			return Bilingual.same("%");
		}
		return i.type().scoredByLevels() ? Bilingual.EMPTY : i.unit();
	}

	/**
	 * The headers of {@code columns} in {@code language}. A header that would read as an earlier
	 * one (two indicators of the same name) also names its id, so the mark tells them apart.
	 */
	static List<String> headers(List<TemplateColumn> columns, TemplateLanguage language) {
		Set<String> seen = new HashSet<>();
		List<String> out = new ArrayList<>();
		for (TemplateColumn column : columns) {
			String header = column.header(language);
			if (!seen.add(ColumnMatcher.key(header))) {
				header = header + " [" + column.id() + "]";
				seen.add(ColumnMatcher.key(header));
			}
			out.add(header);
		}
		return out;
	}

	/** The header in {@code language}: the name, then the unit in brackets. */
	private String header(TemplateLanguage language) {
		return language.join(this::header, "\n");
	}

	private String header(Language language) {
		String unit = this.unit.in(language);
		String name = this.name.in(language);
		if (unit.isEmpty()) {
			return name;
		}
		return language == Language.ZH ? name + "（" + unit + "）" : name + " (" + unit + ")";
	}

	boolean isAttribute() {
		return this.kind == Kind.FOUNDED || this.kind == Kind.TEXT || this.kind == Kind.NUMBER;
	}

}
