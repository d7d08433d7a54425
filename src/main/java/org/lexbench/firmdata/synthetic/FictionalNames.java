package org.lexbench.firmdata.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Names of synthetic firms: the city, an invented two-character brand and 律师事务所
 * ({@code 杭州市澄岚律师事务所}), in English the pinyin ({@code Hangzhou Chenglan Law Firm}). Brands
 * are dealt out city by city in a scrambled order, so names are unique; a city that runs out of
 * brands starts again with a number ({@code 北京市澄岚第2律师事务所}).
 */
final class FictionalNames {

	/**
	 * Brands of real, well-known Chinese firms (DOMAIN §1.2 and §4.2, and others of the national
	 * rankings). None of their characters is in {@link #CHARACTERS}, so no brand can be theirs.
	 */
	static final List<String> REAL_BRANDS = List.of("大成", "金杜", "中伦", "盈科", "君合", "德恒", "锦天城", "国浩", "泰和泰",
			"汇业", "通商", "方达", "汉坤", "环球", "竞天公诚", "海问", "天元", "金诚同达", "中银", "炜衡", "国枫", "康达", "观韬", "天达共和",
			"植德", "安杰", "世辉", "星瀚", "段和段", "邦信阳", "广和", "隆安", "大邦", "信达", "嘉源", "金茂凯德", "瑛明", "协力", "华商",
			"君悦", "通力", "中闻", "京都", "德和衡", "天驰君泰", "浩天", "嘉维", "万商天勤", "高朋", "京师", "道可特", "瀛和", "融鼎", "天册",
			"六和", "兰台", "百宸", "建纬", "启元", "京衡", "天同", "君泽君", "尚公", "中咨", "卓建", "国鼎", "君言", "经纶", "安理", "时代九和",
			"大地", "鑫诺", "泽大", "世纪同仁", "英济", "得伟君尚", "琴岛", "至理", "立方", "君致", "众成清泰", "海华永泰", "中豪", "五联");

	/**
	 * The same firms' brands in pinyin, as their English names write them: no two syllables of
	 * {@link #PINYIN} spell one of these.
	 */
	static final List<String> REAL_PINYIN = List.of("dacheng", "jindu", "zhonglun", "yingke", "junhe", "deheng",
			"jintiancheng", "guohao", "taihetai", "huiye", "tongshang", "fangda", "hankun", "huanqiu", "jingtian", "haiwen",
			"tianyuan", "zhongyin", "weiheng", "guofeng", "kangda", "guantao", "zhide", "anjie", "shihui", "xinghan",
			"guanghe", "longan", "dabang", "xinda", "jiayuan", "yingming", "xieli", "huashang", "junyue", "tongli",
			"zhongwen", "jingdu", "haotian", "jiawei", "gaopeng", "jingshi", "yinghe", "rongding", "tiance", "liuhe",
			"lantai", "baichen", "jianwei", "qiyuan", "jingheng", "tiantong", "shanggong", "zhongzi", "zhuojian",
			"guoding", "junyan", "jinglun", "anli", "dadi", "xinnuo", "zeda", "yingji", "qindao", "zhili", "lifang",
			"junzhi", "zhonghao", "wulian");

	/** Literary characters rare in firm names, each with a different pinyin syllable that starts with a consonant. */
	static final String CHARACTERS = "澄岚琮翎砚栖溪棠苒榕墨朔岫璞霁芷蔚湛翊峤濯篁沣檀柯槐蓁菁瑜澹篆鹭骞畴穆岑邈蕴楠禾筱杉舜笙箐朗琳蘩茗岷涵瓒钺棣琛萃黛芮筝湘溯涟桦澍璇赭璋隽铎杳泓芃蓼";

	static final List<String> PINYIN = List.of("cheng", "lan", "cong", "ling", "yan", "qi", "xi", "tang", "ran", "rong",
			"mo", "shuo", "xiu", "pu", "ji", "zhi", "wei", "zhan", "yi", "qiao", "zhuo", "huang", "feng", "tan",
			"ke", "huai", "zhen", "jing", "yu", "dan", "zhuan", "lu", "qian", "chou", "mu", "cen", "miao", "yun", "nan",
			"he", "xiao", "shan", "shun", "sheng", "qing", "lang", "lin", "fan", "ming", "min", "han", "zan", "yue", "di",
			"chen", "cui", "dai", "rui", "zheng", "xiang", "su", "lian", "hua", "shu", "xuan", "zhe", "zhang", "juan",
			"duo", "yao", "hong", "peng", "liao");

	/** Ordered pairs of different characters. */
	static final int BRANDS = CHARACTERS.length() * (CHARACTERS.length() - 1);

	/** A stride coprime to {@link #BRANDS} near its golden section, so consecutive firms get unrelated brands. */
	private static final int STRIDE = coprimeStride();

	/** A firm's name in Chinese and English. */
	record FirmName(String chinese, String english) {
	}

	/** Where each city's sequence of brands starts: drawn once per generation. */
	private final int[] start = new int[Region.ALL.size()];

	/** How many names each city has given out. */
	private final int[] issued = new int[Region.ALL.size()];

	FictionalNames(RandomGenerator random) {
		if (PINYIN.size() != CHARACTERS.length()) {
			throw new AssertionError(PINYIN.size() + " syllables for " + CHARACTERS.length() + " characters");
		}
		for (int i = 0; i < this.start.length; i++) {
			this.start[i] = random.nextInt(BRANDS);
		}
	}

	/** The next unused name in the city of region {@code region} (an index of {@link Region#ALL}). */
	FirmName next(int region) {
		int k = this.issued[region]++;
		int round = k / BRANDS;
		int brand = (int) (((long) STRIDE * (k % BRANDS) + this.start[region]) % BRANDS);
		int first = brand / (CHARACTERS.length() - 1);
		int second = brand % (CHARACTERS.length() - 1);
		second = second >= first ? second + 1 : second;
		Region r = Region.ALL.get(region);
		String chinese = r.city() + CHARACTERS.charAt(first) + CHARACTERS.charAt(second)
				+ (round == 0 ? "" : "第" + (round + 1)) + "律师事务所";
		String pinyin = PINYIN.get(first) + PINYIN.get(second);
		String english = r.cityPinyin() + " " + Character.toUpperCase(pinyin.charAt(0)) + pinyin.substring(1)
				+ (round == 0 ? "" : " No. " + (round + 1)) + (brand % 2 == 0 ? " Law Firm" : " LLP");
		return new FirmName(chinese, english);
	}

	private static int coprimeStride() {
		int s = (int) (BRANDS * 0.618);
		while (gcd(s, BRANDS) != 1) {
			s++;
		}
		return s;
	}

	private static int gcd(int a, int b) {
		return b == 0 ? a : gcd(b, a % b);
	}

}
