package org.lexbench.report.chart;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.renderer.PaintScale;

/**
 * Colours for scores on a {@link ScoreScale}: ColorBrewer's sequential "Blues", from near-white at
 * the low end to dark blue at the high end, interpolated between five stops; values beyond the
 * scale take the end colours.
 */
record ScoreColours(ScoreScale scale) implements PaintScale {

	private static final Color[] STOPS = { new Color(0xF7, 0xFB, 0xFF), new Color(0xC6, 0xDB, 0xEF), new Color(0x6B, 0xAE, 0xD6),
			new Color(0x21, 0x71, 0xB5), new Color(0x08, 0x30, 0x6B) };

	@Override
	public double getLowerBound() {
		return this.scale.low();
	}

	@Override
	public double getUpperBound() {
		return this.scale.high();
	}

	@Override
	public Paint getPaint(double value) {
		double t = Math.max(0, Math.min(1, this.scale.fraction(value))) * (STOPS.length - 1);
		int i = Math.min((int) t, STOPS.length - 2);
		double f = t - i;
		Color a = STOPS[i];
		Color b = STOPS[i + 1];
		return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
	}

	private static int mix(int a, int b, double f) {
		return (int) Math.round(a + (b - a) * f);
	}

}
