package org.lexbench.report.scorecard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.lexbench.files.Language;
import org.lexbench.files.Text;
import org.lexbench.report.ReportFont;

/**
 * Draws one scorecard on an A4 page, in points (595 × 842), on any Graphics2D — a PDF page or
 * an image at any resolution: a header band with the firm and the set, tiles with the composite,
 * rank, tier (and the points to the next) and coverage, the radar against the peers, each
 * dimension's score beside the peers' median and middle half, the strongest and weakest
 * indicators, and a footer with the method and what the card shows of other firms (aggregates only).
 */
final class ScorecardPage {

	static final float WIDTH = 595.28f;

	static final float HEIGHT = 841.89f;

	private static final float MARGIN = 36;

	private static final Color BAND = new Color(0x08, 0x30, 0x6B);

	private static final Color TEXT = new Color(0x22, 0x22, 0x22);

	private static final Color MUTED = new Color(0x66, 0x66, 0x66);

	private static final Color RULE = new Color(0xD9, 0xD9, 0xD9);

	private static final Color TILE = new Color(0xF2, 0xF5, 0xFA);

	private static final Color WARNING = new Color(0xD5, 0x5E, 0x00);

	private final ReportFont font;

	private final Language lang;

	ScorecardPage(ReportFont font, Language lang) {
		this.font = font;
		this.lang = lang;
	}

	/** Draws the card; {@code radar} (drawn at its own size, scaled into place) may be null for an unscored firm. */
	void draw(Graphics2D g, ScorecardFacts facts, JFreeChart radar, int radarWidth, int radarHeight, String footerNote) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fill(new Rectangle2D.Float(0, 0, WIDTH, HEIGHT));
		float y = header(g, facts);
		y = tiles(g, facts, y + 14);
		if (radar != null) {
			float w = WIDTH - 2 * MARGIN;
			float h = w * radarHeight / radarWidth;
			AffineTransform saved = g.getTransform();
			g.translate(MARGIN, y + 8);
			g.scale(w / radarWidth, h / radarHeight);
			radar.draw(g, new Rectangle2D.Double(0, 0, radarWidth, radarHeight));
			g.setTransform(saved);
			y += h + 16;
		}
		y = dimensions(g, facts, y);
		y = indicators(g, facts, y + 10);
		footer(g, facts, footerNote);
	}

	private float header(Graphics2D g, ScorecardFacts facts) {
		g.setColor(BAND);
		g.fill(new Rectangle2D.Float(0, 0, WIDTH, 78));
		g.setColor(Color.WHITE);
		Font name = fit(g, this.font.bold(20), facts.firm(), WIDTH - 2 * MARGIN);
		g.setFont(name);
		g.drawString(facts.firm(), MARGIN, 38);
		g.setFont(this.font.plain(10));
		g.drawString(text("scorecard.subtitle", facts.setName(), facts.year()), MARGIN, 60);
		return 78;
	}

	private float tiles(Graphics2D g, ScorecardFacts facts, float top) {
		float gap = 8;
		float w = (WIDTH - 2 * MARGIN - 3 * gap) / 4;
		float h = 62;
		var s = facts.standing();
		String[][] tiles = {
				{ text("scorecard.composite"), number(s.composite()), "" },
				{ text("scorecard.rank"), Double.isNaN(s.rank()) ? "—" : rank(s.rank()), text("scorecard.of", s.ranked()) },
				{ text("scorecard.tier"), facts.tier().isEmpty() ? "—" : facts.tier(),
						s.nextTier().map(n -> text("scorecard.next-tier", n.tier().name().in(this.lang), number(n.points()))).orElse("") },
				{ text("scorecard.coverage"), Math.round(100 * s.coverage()) + "%", "" } };
		for (int t = 0; t < tiles.length; t++) {
			float x = MARGIN + t * (w + gap);
			g.setColor(TILE);
			g.fill(new Rectangle2D.Float(x, top, w, h));
			g.setColor(MUTED);
			g.setFont(this.font.plain(8.5f));
			g.drawString(tiles[t][0], x + 8, top + 14);
			g.setColor(TEXT);
			g.setFont(fit(g, this.font.bold(t == 2 ? 14 : 20), tiles[t][1], w - 16));
			g.drawString(tiles[t][1], x + 8, top + 38);
			g.setColor(MUTED);
			g.setFont(fit(g, this.font.plain(8), tiles[t][2], w - 16));
			g.drawString(tiles[t][2], x + 8, top + 54);
		}
		float y = top + h;
		if (facts.status().isPresent()) {
			g.setColor(WARNING);
			g.setFont(this.font.bold(10));
			for (String line : wrap(g, facts.status().get(), WIDTH - 2 * MARGIN)) {
				y += 16;
				g.drawString(line, MARGIN, y);
			}
		}
		return y;
	}

	private float dimensions(Graphics2D g, ScorecardFacts facts, float top) {
		String[] head = { text("scorecard.col.dimension"), text("scorecard.col.firm"), text("scorecard.col.median"),
				text("scorecard.col.middle-half"), text("scorecard.col.rank") };
		float[] at = { MARGIN, 270, 345, 440, WIDTH - MARGIN - 50 };
		float y = top + 12;
		g.setFont(this.font.bold(9));
		g.setColor(MUTED);
		for (int c = 0; c < head.length; c++) {
			drawCell(g, head[c], at[c], y, c > 0);
		}
		g.setColor(RULE);
		g.setStroke(new BasicStroke(0.6f));
		g.drawLine((int) MARGIN, (int) (y + 4), (int) (WIDTH - MARGIN), (int) (y + 4));
		g.setFont(this.font.plain(9));
		for (ScorecardFacts.Row r : facts.dimensions()) {
			y += 15;
			g.setColor(TEXT);
			g.setFont(fit(g, this.font.plain(9), r.name(), at[1] - MARGIN - 40));
			drawCell(g, r.name(), at[0], y, false);
			g.setFont(this.font.plain(9));
			drawCell(g, number(r.firm()), at[1], y, true);
			drawCell(g, number(r.median()), at[2], y, true);
			drawCell(g, Double.isNaN(r.lowerQuartile()) ? "—" : number(r.lowerQuartile()) + "–" + number(r.upperQuartile()), at[3], y,
					true);
			drawCell(g, r.rank(), at[4], y, true);
		}
		return y + 8;
	}

	private float indicators(Graphics2D g, ScorecardFacts facts, float top) {
		float half = (WIDTH - 2 * MARGIN - 16) / 2;
		float left = list(g, text("scorecard.strengths"), facts.strengths(), MARGIN, top, half);
		float right = list(g, text("scorecard.weaknesses"), facts.weaknesses(), MARGIN + half + 16, top, half);
		return Math.max(left, right);
	}

	private float list(Graphics2D g, String title, List<ScorecardFacts.Row> rows, float x, float top, float width) {
		float y = top + 12;
		g.setColor(TEXT);
		g.setFont(this.font.bold(10));
		g.drawString(title, x, y);
		for (ScorecardFacts.Row r : rows) {
			y += 14;
			g.setColor(TEXT);
			g.setFont(fit(g, this.font.plain(9), r.name() + " " + r.rank(), width));
			g.drawString(r.name() + " " + r.rank(), x, y);
			y += 11;
			g.setColor(MUTED);
			String detail = text("scorecard.indicator-detail", r.value(), number(r.firm()), number(r.median()));
			g.setFont(fit(g, this.font.plain(8), detail, width));
			g.drawString(detail, x + 8, y);
		}
		if (rows.isEmpty()) {
			y += 14;
			g.setColor(MUTED);
			g.setFont(this.font.plain(9));
			g.drawString("—", x, y);
		}
		return y;
	}

	private void footer(Graphics2D g, ScorecardFacts facts, String note) {
		g.setColor(RULE);
		g.drawLine((int) MARGIN, (int) (HEIGHT - 64), (int) (WIDTH - MARGIN), (int) (HEIGHT - 64));
		g.setColor(MUTED);
		g.setFont(this.font.plain(7.5f));
		float y = HEIGHT - 52;
		List<String> lines = new ArrayList<>(wrap(g, facts.methodLine(), WIDTH - 2 * MARGIN));
		lines.addAll(wrap(g, text("scorecard.privacy", facts.peers()), WIDTH - 2 * MARGIN));
		lines.add(note);
		for (String line : lines) {
			g.drawString(line, MARGIN, y);
			y += 10;
		}
	}

	private static void drawCell(Graphics2D g, String text, float x, float y, boolean right) {
		float dx = right ? x + 50 - g.getFontMetrics().stringWidth(text) : x;
		g.drawString(text, dx, y);
	}

	/** The font shrunk (to 60% at most) until {@code text} fits {@code width}. */
	private static Font fit(Graphics2D g, Font font, String text, float width) {
		Font f = font;
		while (g.getFontMetrics(f).stringWidth(text) > width && f.getSize2D() > font.getSize2D() * 0.6f) {
			f = f.deriveFont(f.getSize2D() - 0.5f);
		}
		return f;
	}

	/** Lines of at most {@code width}, broken between words, or anywhere in Chinese text. */
	static List<String> wrap(Graphics2D g, String text, float width) {
		FontMetrics m = g.getFontMetrics();
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int lastSpace = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			line.append(c);
			if (c == ' ') {
				lastSpace = line.length() - 1;
			}
			if (m.stringWidth(line.toString()) > width && line.length() > 1) {
				int cut = (lastSpace > 0) ? lastSpace : line.length() - 1;
				lines.add(line.substring(0, cut).strip());
				String rest = line.substring(cut).stripLeading();
				line.setLength(0);
				line.append(rest);
				lastSpace = -1;
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	private String text(String key, Object... args) {
		return Text.of(key, args).in(this.lang);
	}

	static String number(double v) {
		return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
	}

	private static String rank(double r) {
		return "#" + (r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r));
	}

}
