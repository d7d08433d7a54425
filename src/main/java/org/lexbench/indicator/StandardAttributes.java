package org.lexbench.indicator;

import java.util.List;
import java.util.Optional;

/**
 * The firm attributes every set knows without declaring them: its name in English, where it is,
 * how large, whether it is a head office, when it was founded.
 */
public final class StandardAttributes {

	public static final List<Attribute> ALL = List.of(
			new Attribute("name_en", Bilingual.of("英文名称", "English name"), AttributeType.TEXT, Bilingual.EMPTY,
					List.of("英文名", "英文全称", "firm name (english)", "english firm name")),
			new Attribute("province", Bilingual.of("省份", "Province"), AttributeType.TEXT, Bilingual.EMPTY,
					List.of("省", "省份", "所在省份", "地区")),
			new Attribute("city", Bilingual.of("城市", "City"), AttributeType.TEXT, Bilingual.EMPTY,
					List.of("城市", "所在城市", "市")),
			new Attribute("size_band", Bilingual.of("规模档次", "Size band"), AttributeType.TEXT, Bilingual.EMPTY,
					List.of("规模", "规模档次", "size")),
			new Attribute("office_type", Bilingual.of("总所/分所", "Head office or branch"), AttributeType.TEXT,
					Bilingual.EMPTY, List.of("总分所", "总所/分所", "机构类型")),
			new Attribute("founded", Bilingual.of("成立年份", "Year founded"), AttributeType.NUMBER, Bilingual.same("年"),
					List.of("成立年份", "成立时间", "founding year")));

	private StandardAttributes() {
	}

	public static Optional<Attribute> find(String id) {
		return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
	}

}
