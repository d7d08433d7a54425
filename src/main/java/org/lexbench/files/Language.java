package org.lexbench.files;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A language lexbench speaks to its users: simplified Chinese or English. */
public enum Language {
	ZH(Locale.SIMPLIFIED_CHINESE, "zh"), EN(Locale.ENGLISH, "en");

	private final Locale locale;

	private final String code;

	Language(Locale locale, String code) {
		this.locale = locale;
		this.code = code;
	}

	public Locale locale() {
		return this.locale;
	}

	/** The short code used on the command line and in files: {@code zh} or {@code en}. */
	public String code() {
		return this.code;
	}

	/** The other language, used as the fallback when a text exists in one language only. */
	public Language other() {
		return this == ZH ? EN : ZH;
	}

	/**
	 * Reads a language name as users write it: {@code zh}, {@code zh-CN}, {@code zh_CN.UTF-8},
	 * {@code cn}, {@code 中文}, {@code en}, {@code en_GB}, {@code english}; case does not matter.
	 */
	public static Optional<Language> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim().toLowerCase(Locale.ROOT);
		if (t.equals("中文") || t.equals("汉语") || t.equals("chinese") || t.equals("cn") || t.startsWith("zh")) {
			return Optional.of(ZH);
		}
		if (t.equals("英文") || t.equals("english") || t.startsWith("en")) {
			return Optional.of(EN);
		}
		return Optional.empty();
	}

	/**
	 * The language a session starts in: {@code LEXBENCH_LANG}, else the POSIX locale variables
	 * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}) in their order of precedence; Chinese
	 * when the locale is Chinese, English otherwise.
	 */
	public static Language fromEnvironment(Map<String, String> environment) {
		String explicit = environment.get("LEXBENCH_LANG");
		if (explicit != null && !explicit.isBlank()) {
			Optional<Language> chosen = parse(explicit);
			if (chosen.isPresent()) {
				return chosen.get();
			}
		}
		for (String variable : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
			String value = environment.get(variable);
			if (value != null && !value.isBlank()) {
				return value.toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
			}
		}
		return EN;
	}

}
