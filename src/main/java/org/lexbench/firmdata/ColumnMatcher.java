package org.lexbench.firmdata;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.lexbench.indicator.Attribute;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorSet;
import org.lexbench.indicator.StandardAttributes;

/**
 * Recognises the columns of data files: an indicator by its id, Chinese or English name or an
 * alias; the firm's name, code and year, an attribute, and the columns of the long layout, by
 * their usual headers in either language; and whatever a user's mapping says. Headers compare
 * ignoring case, spaces, punctuation and full-width forms, and a trailing unit in brackets
 * ({@code 总创收（元）}, {@code 客户满意度（分（1–5））}) is not part of the name.
 */
public final class ColumnMatcher {

	static final List<String> NAME = List.of("律所名称", "律师事务所名称", "律师事务所", "律所", "事务所名称", "机构名称", "名称",
			"firm", "firmname", "lawfirm", "name", "lawfirmname", "uname", "unitname");

	static final List<String> CODE = List.of("统一社会信用代码", "社会信用代码", "信用代码", "执业许可证号", "执业许可证号码",
			"许可证号", "执业证号", "code", "id", "firmid", "creditcode", "unifiedsocialcreditcode", "uscc", "licencenumber",
			"licensenumber");

	static final List<String> YEAR = List.of("年度", "年份", "统计年度", "数据年度", "年", "year", "fiscalyear", "fy", "time");

	static final List<String> INDICATOR = List.of("指标", "指标编号", "指标名称", "指标代码", "indicator", "indicatorid",
			"indicatorname", "measure");

	static final List<String> VALUE = List.of("数值", "值", "填报值", "指标值", "value", "amount");

	static final List<String> SOURCE = List.of("来源", "数据来源", "source");

	static final List<String> NOTE = List.of("备注", "说明", "note", "notes", "remark", "remarks", "comment");

	/**
	 * A trailing unit in brackets, which may hold brackets of its own: {@code （个）},
	 * {@code （分（1–5））}, {@code (score (1–5))}.
	 */
	private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern
		.compile("\\s*[\\(\\[【](?:[^\\(\\[【\\)\\]】]|[\\(\\[【][^\\(\\[【\\)\\]】]*[\\)\\]】])*[\\)\\]】]\\s*$");

	private final Map<String, Column> byKey = new HashMap<>();

	private ColumnMatcher() {
	}

	/** The columns of {@code set}, with a user's {@code mapping} (header → indicator or attribute id) first. */
	public static ColumnMatcher of(IndicatorSet set, Map<String, String> mapping) {
		ColumnMatcher m = new ColumnMatcher();
		NAME.forEach(h -> m.put(h, new Column.FirmName()));
		CODE.forEach(h -> m.put(h, new Column.FirmCode()));
		YEAR.forEach(h -> m.put(h, new Column.Year()));
		INDICATOR.forEach(h -> m.put(h, new Column.IndicatorName()));
		VALUE.forEach(h -> m.put(h, new Column.Value()));
		SOURCE.forEach(h -> m.put(h, new Column.Source()));
		NOTE.forEach(h -> m.put(h, new Column.Note()));
		for (Attribute a : StandardAttributes.ALL) {
			m.attribute(a);
		}
		for (Attribute a : set.attributes()) {
			m.attribute(a);
		}
		for (Indicator i : set.indicators()) {
			Column values = new Column.Values(i);
			m.put(i.id(), values);
			m.put(i.name().zh(), values);
			m.put(i.name().en(), values);
			i.aliases().forEach(alias -> m.put(alias, values));
		}
		mapping.forEach((header, id) -> target(set, id).ifPresent(column -> m.byKey.put(key(header), column)));
		return m;
	}

	/** The standard columns a mapping may name, besides the set's indicators and attributes. */
	static final Map<String, Column> STANDARD = Map.of("firm", new Column.FirmName(), "code", new Column.FirmCode(),
			"year", new Column.Year(), "indicator", new Column.IndicatorName(), "value", new Column.Value(), "source",
			new Column.Source(), "note", new Column.Note());

	/** What a mapping's target id names: an indicator, an attribute, or a standard column, in that order. */
	public static Optional<Column> target(IndicatorSet set, String id) {
		String wanted = id.strip();
		return set.indicators().stream().filter(i -> i.id().equals(wanted)).findFirst()
			.<Column>map(Column.Values::new)
			.or(() -> set.attribute(wanted).map(a -> new Column.Attribute(a.id())))
			.or(() -> Optional.ofNullable(STANDARD.get(wanted.toLowerCase(Locale.ROOT))));
	}

	private void attribute(Attribute a) {
		Column column = new Column.Attribute(a.id());
		put(a.id(), column);
		put(a.name().zh(), column);
		put(a.name().en(), column);
		a.aliases().forEach(alias -> put(alias, column));
	}

	private void put(String header, Column column) {
		if (header != null && !header.isBlank()) {
			this.byKey.put(key(header), column);
		}
	}

	/** What a column with this header holds. */
	public Column match(String header) {
		Column exact = this.byKey.get(key(header));
		if (exact != null) {
			return exact;
		}
		String withoutUnit = UNIT.matcher(NumberText.normalise(header)).replaceAll("");
		Column bare = this.byKey.get(key(withoutUnit));
		if (bare != null) {
			return bare;
		}
		Column bilingual = bilingual(header);
		return bilingual != null ? bilingual : new Column.Other(header.strip());
	}

	/**
	 * A bilingual header, {@code 境外分支机构数 / Overseas branches} or the two names on two lines:
	 * recognised when its parts name the same column.
	 */
	private Column bilingual(String header) {
		String[] parts = NumberText.normalise(header).split("\\s+/\\s+|\\R");
		if (parts.length < 2) {
			return null;
		}
		Column found = null;
		for (String part : parts) {
			String bare = UNIT.matcher(NumberText.normalise(part)).replaceAll("");
			Column column = this.byKey.get(key(bare));
			if (column == null || (found != null && !found.equals(column))) {
				return null;
			}
			found = column;
		}
		return found;
	}

	/** Whether {@code header} names anything the set or lexbench knows. */
	public boolean known(String header) {
		return !(match(header) instanceof Column.Other);
	}

	/** Headers compare ignoring case, width, spaces and punctuation. */
	public static String key(String header) {
		return NumberText.normalise(header).toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{P}\\p{S}]", "");
	}

}
