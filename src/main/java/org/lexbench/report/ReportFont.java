package org.lexbench.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every report: WenQuanYi Micro Hei (Apache-2.0), bundled in the jar so that
 * Chinese and Latin text render on a machine with no CJK font installed. Java gives a registered
 * font no per-glyph fallback, so the face covers both scripts. Loaded once, on first use, and
 * registered with the graphics environment; a PDF writer embeds the same face from
 * {@link #openCollection()} by {@link #postScriptName()}.
 */
public final class ReportFont {

	/** The TrueType collection on the classpath; its first face is the one used. */
	public static final String RESOURCE = "/fonts/wqy-microhei.ttc";

	private final Font face;

	private ReportFont(Font face) {
		this.face = face;
	}

	/** Loaded when first asked for, by whichever thread comes first (the class holder idiom). */
	private static final class Bundled {

		static final ReportFont FONT = load();

	}

	/** The bundled font. */
	public static ReportFont bundled() {
		return Bundled.FONT;
	}

	private static ReportFont load() {
		try (InputStream in = open()) {
			// for a collection Java reads the first face, WenQuanYi Micro Hei (the second is its monospaced sibling)
			Font face = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
			return new ReportFont(face);
		}
		catch (IOException | FontFormatException broken) {
			throw new IllegalStateException("the bundled font " + RESOURCE + " cannot be read: " + broken.getMessage(), broken);
		}
	}

	private static InputStream open() throws IOException {
		InputStream in = ReportFont.class.getResourceAsStream(RESOURCE);
		if (in == null) {
			throw new IOException("not on the classpath");
		}
		return in;
	}

	/** The face at {@code size} points (pixels at 72 dpi) in {@link Font#PLAIN} or {@link Font#BOLD} (drawn emboldened: the face has no bold). */
	public Font font(int style, float size) {
		return this.face.deriveFont(style, size);
	}

	public Font plain(float size) {
		return font(Font.PLAIN, size);
	}

	public Font bold(float size) {
		return font(Font.BOLD, size);
	}

	/** The family name, as an SVG {@code font-family} or a CSS rule names it. */
	public String family() {
		return this.face.getFamily(java.util.Locale.ROOT);
	}

	/** The PostScript name of the face, which picks it out of the collection (PDFBox {@code TrueTypeCollection.getFontByName}). */
	public String postScriptName() {
		return this.face.getPSName();
	}

	/** A new stream of the whole collection file; the caller closes it. */
	public InputStream openCollection() {
		try {
			return open();
		}
		catch (IOException missing) {
			throw new UncheckedIOException(missing);
		}
	}

	/** Whether the face has a glyph for every character of {@code text}. */
	public boolean canDisplay(String text) {
		return this.face.canDisplayUpTo(text) == -1;
	}

}
