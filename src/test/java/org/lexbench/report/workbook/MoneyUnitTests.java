package org.lexbench.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.lexbench.indicator.Bilingual;
import org.lexbench.indicator.Direction;
import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.MethodSettings;
import org.lexbench.indicator.Role;

/** Money in yuan is shown in 万元 or 亿元 by the median amount of its column. */
class MoneyUnitTests {

	static Indicator money(String currency) {
		return new Indicator("revenue", Bilingual.of("总创收", "Revenue"), Bilingual.EMPTY, List.of(), new IndicatorType.MoneyType(currency),
				Bilingual.EMPTY, Direction.HIGHER, OptionalDouble.empty(), Optional.empty(), Role.SCORE, Optional.empty(),
				OptionalDouble.of(1), MethodSettings.NONE, Optional.empty(), Optional.empty(), List.of(), Bilingual.EMPTY);
	}

	@Test
	void medianOfAHundredMillionOrMore_is亿元() {
		MoneyUnit unit = MoneyUnit.of(money("CNY"), new double[] { 5e7, 1e8, 9e8, Double.NaN });

		assertThat(unit).isEqualTo(MoneyUnit.YI);
		assertThat(unit.shown(250_000_000)).isEqualTo(2.5);
	}

	@Test
	void medianOfTenThousandOrMore_is万元_andLessStaysInYuan() {
		assertThat(MoneyUnit.of(money("CNY"), new double[] { 900_000, 1_200_000, 5_000 })).isEqualTo(MoneyUnit.WAN);
		assertThat(MoneyUnit.WAN.shown(900_000)).isEqualTo(90);
		assertThat(MoneyUnit.of(money("CNY"), new double[] { 800, 9_000 })).isEqualTo(MoneyUnit.YUAN);
	}

	@Test
	void otherCurrencies_keepTheirUnit() {
		assertThat(MoneyUnit.of(money("USD"), new double[] { 1e9 })).isNull();
	}

}
