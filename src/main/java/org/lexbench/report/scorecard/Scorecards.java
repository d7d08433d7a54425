package org.lexbench.report.scorecard;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.lexbench.files.AtomicOutput;
import org.lexbench.files.Language;
import org.lexbench.files.SafeFileName;
import org.lexbench.files.UniqueFileNames;
import org.lexbench.report.ReportFont;
import org.lexbench.report.chart.Figure;
import org.lexbench.report.chart.ScoreCharts;
import org.lexbench.scoring.ScoreCard;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes scorecards: for each firm a one-page A4 PDF (text as text in the embedded, subset
 * bundled font, so Chinese prints and can be searched) and the same page as a PNG at 150 dpi;
 * optionally one PDF of every card. Firms are drawn in parallel; each thread parses the font
 * collection once. File names come from firm names made safe ({@link SafeFileName}) and unique.
 */
public final class Scorecards {

	/** Pixels per point of the PNG: 150 dpi. */
	static final double PNG_SCALE = 150.0 / 72;

	private final ScoreCard card;

	private final Language lang;

	private final ReportFont font;

	private final String footerNote;

	private final int[] peers;

	private final ScoreCharts charts;

	private final org.lexbench.scoring.FirmStanding.Standings standings;

	private final ThreadLocal<TrueTypeFont> face = ThreadLocal.withInitial(this::parseFace);

	/** @param footerNote the last line of every card (the tool, its version, the date) */
	public Scorecards(ScoreCard card, Language lang, String footerNote) {
		this.card = card;
		this.lang = lang;
		this.font = ReportFont.bundled();
		this.footerNote = footerNote;
		this.charts = new ScoreCharts(card, lang, this.font);
		this.peers = this.charts.scoredFirms();
		this.standings = org.lexbench.scoring.FirmStanding.in(card);
	}

	/** One firm's card, as written. */
	public record Written(int firm, Path pdf, Path png) {
	}

	/**
	 * Writes the cards of {@code firms} (numbers in the score card) into {@code folder}, calling
	 * {@code progress} with the number done after each; with {@code combined} also
	 * {@code combined} (a PDF of every card, in the order given).
	 */
	public List<Written> write(Path folder, int[] firms, Path combined, IntConsumer progress) {
		UniqueFileNames names = new UniqueFileNames();
		String[] stems = new String[firms.length];
		for (int k = 0; k < firms.length; k++) {
			stems[k] = names.claim(SafeFileName.stem(this.card.firms().get(firms[k]).name()));
		}
		Written[] written = new Written[firms.length];
		AtomicInteger done = new AtomicInteger();
		IntStream.range(0, firms.length).parallel().forEach(k -> {
			int f = firms[k];
			Path pdf = folder.resolve(stems[k] + ".pdf");
			Path png = folder.resolve(stems[k] + ".png");
			byte[] pdfBytes = pdf(List.of(f));
			AtomicOutput.write(pdf, out -> out.write(pdfBytes));
			byte[] pngBytes = png(f);
			AtomicOutput.write(png, out -> out.write(pngBytes));
			written[k] = new Written(f, pdf, png);
			progress.accept(done.incrementAndGet());
		});
		if (combined != null) {
			List<Integer> all = IntStream.of(firms).boxed().toList();
			byte[] bytes = pdf(all);
			AtomicOutput.write(combined, out -> out.write(bytes));
		}
		return List.of(written);
	}

	/** A PDF with one page per firm of {@code firms}. */
	byte[] pdf(List<Integer> firms) {
		try (PDDocument doc = new PDDocument()) {
			// a fixed trailer ID (PDFBox would derive one from the clock), so the same card is the same bytes
			doc.setDocumentId(firms.hashCode() & 0xFFFFFFFFL);
			PDType0Font embedded = PDType0Font.load(doc, this.face.get(), true);
			PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
			fonts.registerFont(this.font.plain(10).getFontName(), embedded);
			fonts.registerFont(this.font.family(), embedded);
			for (int f : firms) {
				PDPage page = new PDPage(PDRectangle.A4);
				doc.addPage(page);
				PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, ScorecardPage.WIDTH, ScorecardPage.HEIGHT);
				g.setFontTextDrawer(fonts);
				draw(g, f);
				g.dispose();
				try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
					content.drawForm(g.getXFormObject());
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** The firm's card as a PNG at 150 dpi (1240 × 1754 pixels). */
	byte[] png(int f) {
		int w = (int) Math.round(ScorecardPage.WIDTH * PNG_SCALE);
		int h = (int) Math.round(ScorecardPage.HEIGHT * PNG_SCALE);
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.scale(PNG_SCALE, PNG_SCALE);
		draw(g, f);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private void draw(Graphics2D g, int f) {
		ScorecardFacts facts = ScorecardFacts.of(this.card, this.standings, f, this.peers, this.lang);
		// a radar needs three axes at least; with fewer, the dimension table says the same
		Figure radar = facts.status().isEmpty() && !Double.isNaN(this.card.composite()[f]) && facts.dimensions().size() >= 3
				? this.charts.radar(f, this.peers) : null;
		new ScorecardPage(this.font, this.lang).draw(g, facts, radar == null ? null : radar.chart(),
				radar == null ? 1 : radar.width(), radar == null ? 1 : radar.height(), this.footerNote);
	}

	private TrueTypeFont parseFace() {
		try (InputStream in = this.font.openCollection()) {
			// read into memory; left open, since the face reads its glyphs from it when a PDF is saved
			@SuppressWarnings("resource")
			TrueTypeCollection collection = new TrueTypeCollection(in);
			TrueTypeFont ttf = collection.getFontByName(this.font.postScriptName());
			if (ttf == null) {
				throw new IllegalStateException("the bundled font collection has no face " + this.font.postScriptName());
			}
			return ttf;
		}
		catch (IOException broken) {
			throw new UncheckedIOException(broken);
		}
	}

}
