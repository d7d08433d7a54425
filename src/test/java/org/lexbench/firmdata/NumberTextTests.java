package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast reading of plain decimals gives exactly the double {@link Double#parseDouble} gives. */
class NumberTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "0", "-0", "7", "0.1", "0.3", ".5", "5.", "-12.30", "1234.5678", "999999999999999",
			"0.000000000000001", "123456789012345.", "1234567890123456", "12345678901234567", "9007199254740993",
			"0.10000000000001", "3.14159265358979", "-0.00000000000001" })
	void plainDecimals_giveTheSameDoubleAsTheJdk(String text) {
		assertThat(Double.doubleToRawLongBits(NumberText.plain(text))).as(text)
			.isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-", ".", "1,234", "1.2.3", "12%", "1e5", "+5", " 5", "5 ", "１２", "123456789012345678" })
	void anythingElse_isLeftForTheFullReading(String text) {
		assertThat(NumberText.plain(text)).as(text).isNaN();
	}

	/** 200,000 random decimals of up to 17 characters (seed 3): every one read to the same bits as the JDK reads it. */
	@Test
	void randomDecimals_giveTheSameDoubleAsTheJdk() {
		Random random = new Random(3);
		for (int i = 0; i < 200_000; i++) {
			StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
			int length = 1 + random.nextInt(16 - text.length());
			int point = random.nextInt(length + 1);
			for (int c = 0; c < length; c++) {
				text.append(c == point ? '.' : (char) ('0' + random.nextInt(10)));
			}
			String s = text.toString();
			if (s.replace("-", "").equals(".")) {
				continue;
			}
			assertThat(Double.doubleToRawLongBits(NumberText.plain(s))).as(s)
				.isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
		}
	}

}
