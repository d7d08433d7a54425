package org.lexbench.firmdata.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Where a synthetic firm has its head office: the province as data files write it, a city in it
 * (with its pinyin for the English name), the six-digit administrative division code its credit
 * code carries, and how often head offices are there (weights out of 100).
 */
record Region(String province, String city, String cityPinyin, String divisionCode, int weight) {

	/**
	 * Head offices of large firms, weighted towards Beijing, Shanghai and Guangdong, where DOMAIN
	 * §1.2 places most lawyers and foreign-related work (Guangdong 76,000 lawyers, Shanghai 21,743,
	 * Beijing 2,200+ 涉外律师); the weights themselves are a modelling choice. Division codes are
	 * those of GB/T 2260; a municipality has its province-level code.
	 */
	static final List<Region> ALL = List.of(
			new Region("北京", "北京市", "Beijing", "110000", 27),
			new Region("上海", "上海市", "Shanghai", "310000", 20),
			new Region("广东", "广州市", "Guangzhou", "440100", 7),
			new Region("广东", "深圳市", "Shenzhen", "440300", 8),
			new Region("浙江", "杭州市", "Hangzhou", "330100", 5),
			new Region("江苏", "南京市", "Nanjing", "320100", 4),
			new Region("江苏", "苏州市", "Suzhou", "320500", 1),
			new Region("四川", "成都市", "Chengdu", "510100", 4),
			new Region("天津", "天津市", "Tianjin", "120000", 2),
			new Region("重庆", "重庆市", "Chongqing", "500000", 2),
			new Region("湖北", "武汉市", "Wuhan", "420100", 3),
			new Region("陕西", "西安市", "Xi'an", "610100", 2),
			new Region("湖南", "长沙市", "Changsha", "430100", 2),
			new Region("山东", "济南市", "Jinan", "370100", 1),
			new Region("山东", "青岛市", "Qingdao", "370200", 1),
			new Region("福建", "福州市", "Fuzhou", "350100", 1),
			new Region("福建", "厦门市", "Xiamen", "350200", 2),
			new Region("河南", "郑州市", "Zhengzhou", "410100", 1),
			new Region("辽宁", "沈阳市", "Shenyang", "210100", 1),
			new Region("辽宁", "大连市", "Dalian", "210200", 1),
			new Region("安徽", "合肥市", "Hefei", "340100", 1),
			new Region("云南", "昆明市", "Kunming", "530100", 1),
			new Region("广西", "南宁市", "Nanning", "450100", 1),
			new Region("黑龙江", "哈尔滨市", "Harbin", "230100", 1),
			new Region("海南", "海口市", "Haikou", "460100", 1));

	static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Region::weight).sum();

	Region {
		if (!divisionCode.matches("\\d{6}") || weight < 1) {
			throw new IllegalArgumentException("bad region " + city + ": " + divisionCode + ", weight " + weight);
		}
	}

	/** A region drawn by weight; its index in {@link #ALL}. */
	static int draw(RandomGenerator random) {
		int r = random.nextInt(TOTAL_WEIGHT);
		for (int i = 0; i < ALL.size(); i++) {
			r -= ALL.get(i).weight();
			if (r < 0) {
				return i;
			}
		}
		throw new AssertionError("weights sum to " + TOTAL_WEIGHT);
	}

}
