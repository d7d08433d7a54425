package org.lexbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.junit.jupiter.api.Test;

/**
 * The bundled font draws Chinese and Latin text itself. This machine (like a fresh server) may
 * have no CJK font, where Java's logical fonts draw every Chinese character as an empty box, the
 * font's missing glyph: so these tests compare against that box, never against a system font.
 */
class ReportFontTests {

	static final ReportFont FONT = ReportFont.bundled();

	/** A character WenQuanYi Micro Hei has no glyph for (Thai ก), drawn as the missing-glyph box. */
	static final String MISSING = "\u0E01";

	@Test
	void chineseAndLatinText_isCoveredByTheOneFace() {
		assertThat(FONT.canDisplay("律师事务所 #1 Revenue 金杜 ¥1,234.5%")).isTrue();
		assertThat(FONT.canDisplay(MISSING)).isFalse();
	}

	@Test
	void chineseCharacters_mapToRealGlyphsNotTheMissingGlyph() {
		Font font = FONT.plain(24);
		FontRenderContext frc = new FontRenderContext(null, true, true);
		GlyphVector glyphs = font.createGlyphVector(frc, "金律所A1");
		GlyphVector missing = font.createGlyphVector(frc, MISSING);

		assertThat(missing.getGlyphCode(0)).isEqualTo(font.getMissingGlyphCode());
		for (int g = 0; g < glyphs.getNumGlyphs(); g++) {
			assertThat(glyphs.getGlyphCode(g)).as("glyph %d", g).isNotEqualTo(font.getMissingGlyphCode()).isNotZero();
		}
	}

	@Test
	void drawnChineseCharacter_differsFromTheMissingGlyphBox() {
		BufferedImage jin = draw("金");
		BufferedImage box = draw(MISSING);

		int inked = 0;
		int different = 0;
		for (int y = 0; y < jin.getHeight(); y++) {
			for (int x = 0; x < jin.getWidth(); x++) {
				inked += jin.getRGB(x, y) != Color.WHITE.getRGB() ? 1 : 0;
				different += jin.getRGB(x, y) != box.getRGB(x, y) ? 1 : 0;
			}
		}
		// 金 at 64 px covers a few hundred pixels; the box is an outline elsewhere
		assertThat(inked).isGreaterThan(300);
		assertThat(different).isGreaterThan(300);
	}

	@Test
	void collection_givesPdfWritersTheFaceByItsPostScriptName() throws IOException {
		assertThat(FONT.postScriptName()).isEqualTo("WenQuanYiMicroHei");
		assertThat(FONT.family()).isEqualTo("WenQuanYi Micro Hei");
		try (InputStream in = FONT.openCollection(); TrueTypeCollection collection = new TrueTypeCollection(in)) {
			assertThat(collection.getFontByName(FONT.postScriptName())).isNotNull();
		}
	}

	static BufferedImage draw(String text) {
		BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 96, 96);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
		g.setColor(Color.BLACK);
		g.setFont(FONT.plain(64));
		g.drawString(text, 8, 76);
		g.dispose();
		return image;
	}

}
