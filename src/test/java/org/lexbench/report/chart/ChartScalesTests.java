package org.lexbench.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;

import org.junit.jupiter.api.Test;

/** The scales, bins and colours the charts share. */
class ChartScalesTests {

	@Test
	void scoresWithinZeroToHundred_useTheFixedPercentScale() {
		assertThat(ScoreScale.of(new double[] { 12, 87.5, Double.NaN })).isEqualTo(ScoreScale.PERCENT);
		assertThat(ScoreScale.of(new double[] { Double.NaN })).isEqualTo(ScoreScale.PERCENT);
	}

	@Test
	void scoresOutsideZeroToHundred_useTheirOwnRange() {
		assertThat(ScoreScale.of(new double[] { -1.2, 0.5, 2 })).isEqualTo(new ScoreScale(-1.2, 2));
		assertThat(ScoreScale.of(new double[] { 150, 150 })).isEqualTo(new ScoreScale(149, 151));
		assertThat(new ScoreScale(-1, 3).fraction(0)).isEqualTo(0.25);
	}

	@Test
	void wholeNumbersSpanningAtMostThirty_getABinEach() {
		// 0 … 3 offices: four bins centred on 0, 1, 2, 3
		assertThat(Bins.of(new double[] { 0, 3, 1, 1 })).isEqualTo(new Bins(4, -0.5, 3.5));
	}

	@Test
	void otherValues_getSturgesBinsBetweenFiveAndThirty() {
		double[] hundred = new double[100];
		for (int i = 0; i < 100; i++) {
			hundred[i] = i * 1.5;
		}
		// ⌈log₂ 100⌉ + 1 = 7 + 1
		assertThat(Bins.of(hundred)).isEqualTo(new Bins(8, 0, 148.5));
		// ⌈log₂ 3⌉ + 1 = 3, raised to the fewest, 5
		assertThat(Bins.of(new double[] { 0.1, 0.7, 0.2 })).isEqualTo(new Bins(5, 0.1, 0.7));
		assertThat(Bins.of(new double[] { 42, 42 })).isEqualTo(new Bins(1, 41.5, 42.5));
	}

	@Test
	void scoreColours_runFromPaleToDarkBlue_clampedAtTheEnds() {
		ScoreColours colours = new ScoreColours(ScoreScale.PERCENT);
		assertThat(colours.getPaint(0)).isEqualTo(new Color(0xF7, 0xFB, 0xFF));
		assertThat(colours.getPaint(100)).isEqualTo(new Color(0x08, 0x30, 0x6B));
		assertThat(colours.getPaint(50)).isEqualTo(new Color(0x6B, 0xAE, 0xD6));
		assertThat(colours.getPaint(-5)).isEqualTo(colours.getPaint(0));
	}

	@Test
	void textOnADarkCell_isWhite_andOnAPaleCellDark() {
		assertThat(ChartTheme.textOn(new Color(0x08, 0x30, 0x6B))).isEqualTo(Color.WHITE);
		assertThat(ChartTheme.textOn(new Color(0xF7, 0xFB, 0xFF))).isEqualTo(ChartTheme.TEXT);
	}

	@Test
	void tiersBeyondTheSixth_shareTheLastColour() {
		assertThat(ChartTheme.tier(0)).isNotEqualTo(ChartTheme.tier(1));
		assertThat(ChartTheme.tier(9)).isEqualTo(ChartTheme.tier(5));
	}

}
