package org.lexbench.cli;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.core.convert.support.DefaultConversionService;

/**
 * The one place option values are converted: Spring's default conversions (numbers, booleans,
 * comma-separated lists into arrays) plus enums written as lowercase keywords ({@code coinr},
 * {@code group-mean}), case-insensitively.
 */
final class ShellConversions extends DefaultConversionService {

	ShellConversions() {
		addConverterFactory(new KeywordToEnum());
	}

	/** How an enum constant is written on the command line: {@code GROUP_MEAN} → {@code group-mean}. */
	static String keyword(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class KeywordToEnum implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			return source -> {
				String wanted = source.trim().toLowerCase(Locale.ROOT).replace('_', '-');
				for (T constant : targetType.getEnumConstants()) {
					if (keyword(constant).equals(wanted)) {
						return constant;
					}
				}
				throw new IllegalArgumentException("no " + targetType.getSimpleName() + " named " + source);
			};
		}

	}

	/** {@code n} when it is a whole number of at least 0, else the one usage error every command gives. */
	static int natural(Integer n, String command, String option) {
		if (n == null || n < 0) {
			throw org.lexbench.files.LexbenchException.usage("cli.bad-value", command, n, option,
					org.lexbench.files.Text.of("type.natural"));
		}
		return n;
	}

}
