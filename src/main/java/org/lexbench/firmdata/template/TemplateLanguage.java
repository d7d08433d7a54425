package org.lexbench.firmdata.template;

import java.util.List;
import java.util.function.Function;

import org.lexbench.files.Language;
import org.lexbench.files.Localised;

/**
 * The language of a fill-in template: Chinese, English, or both (Chinese first, then English);
 * drop-down lists of a bilingual template offer the Chinese labels.
 */
public enum TemplateLanguage {

	ZH(List.of(Language.ZH), Language.ZH), EN(List.of(Language.EN), Language.EN),
	BOTH(List.of(Language.ZH, Language.EN), Language.ZH);

	private final List<Language> languages;

	private final Language lists;

	TemplateLanguage(List<Language> languages, Language lists) {
		this.languages = languages;
		this.lists = lists;
	}

	/** The languages texts are shown in, in order. */
	List<Language> languages() {
		return this.languages;
	}

	/** The language of the values a drop-down list offers. */
	Language lists() {
		return this.lists;
	}

	/** A text as a cell shows it: each language on a line of its own, once when they read the same. */
	String text(Localised text) {
		return join(text::in, "\n");
	}

	/** A short text on one line, the languages side by side: sheet names, which hold no line breaks, and titles. */
	String oneLine(Localised text) {
		return join(text::in, " ");
	}

	/** {@code render} of each language, joined by {@code separator}; a text the same in both appears once. */
	String join(Function<Language, String> render, String separator) {
		String first = render.apply(this.languages.get(0));
		if (this.languages.size() == 1) {
			return first;
		}
		String second = render.apply(this.languages.get(1));
		return first.equals(second) || second.isEmpty() ? first : first.isEmpty() ? second : first + separator + second;
	}

}
