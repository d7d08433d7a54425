package org.lexbench.indicator;

import org.lexbench.files.Language;
import org.lexbench.files.Localised;

/**
 * A text in Chinese and English; either may be empty, and a reader of the missing language sees
 * the other one.
 */
public record Bilingual(String zh, String en) implements Localised {

	public static final Bilingual EMPTY = new Bilingual("", "");

	public Bilingual {
		zh = zh == null ? "" : zh.strip();
		en = en == null ? "" : en.strip();
	}

	public static Bilingual of(String zh, String en) {
		return new Bilingual(zh, en);
	}

	/** The same text for both languages (codes, numbers, names that need no translation). */
	public static Bilingual same(String text) {
		return new Bilingual(text, text);
	}

	public boolean isEmpty() {
		return this.zh.isEmpty() && this.en.isEmpty();
	}

	public String get(org.lexbench.files.Language language) {
		return language == Language.ZH ? this.zh : this.en;
	}

	@Override
	public String in(Language language) {
		String preferred = get(language);
		return preferred.isEmpty() ? get(language.other()) : preferred;
	}

}
