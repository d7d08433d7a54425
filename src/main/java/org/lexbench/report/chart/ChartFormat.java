package org.lexbench.report.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * The file formats a chart is written in. PNG is a bitmap at the chart's size in pixels, compressed
 * for speed rather than size (deflate level 1). SVG draws
 * its text as vector outlines of the bundled font, so the file looks the same on a machine without
 * that font (Chinese included) and needs no font to travel with it; the chart's title is kept as
 * the SVG's {@code <title>}, for screen readers and search. Text kept as {@code <text>} elements
 * would make files about a tenth of the size but be drawn in whatever font the viewer has.
 */
public enum ChartFormat {

	PNG("png") {
		@Override
		void write(Figure figure, OutputStream out) throws IOException {
			BufferedImage image = figure.chart().createBufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB, null);
			ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
			try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
				ImageWriteParam fast = writer.getDefaultWriteParam();
				// quality 0.9 is deflate level 1: encoding dominates a PNG's cost, and this takes about a
				// fifth off it for files about a fifth larger (measured on a radar chart, 1600 × 900)
				fast.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				fast.setCompressionQuality(0.9f);
				writer.setOutput(stream);
				writer.write(null, new IIOImage(image, null, null), fast);
			}
			finally {
				writer.dispose();
			}
		}
	},

	SVG("svg") {
		@Override
		void write(Figure figure, OutputStream out) throws IOException {
			out.write(svg(figure, true).getBytes(StandardCharsets.UTF_8));
		}
	};

	private final String extension;

	ChartFormat(String extension) {
		this.extension = extension;
	}

	/** The file name extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/** Writes the whole file for {@code figure} to {@code out}. */
	abstract void write(Figure figure, OutputStream out) throws IOException;

	/** The whole file for {@code figure}, in memory (a chart to place in a document). */
	public byte[] bytes(Figure figure) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try {
			write(figure, out);
		}
		catch (IOException impossible) {
			throw new java.io.UncheckedIOException(impossible);
		}
		return out.toByteArray();
	}

	/**
	 * The SVG document of a figure: an XML declaration (no DOCTYPE, so readers need fetch nothing),
	 * then the {@code <svg>} element, with a view box so that it scales, and a {@code <title>}; text as
	 * outlines or as {@code <text>}.
	 */
	static String svg(Figure figure, boolean textAsOutlines) {
		SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
		// a fixed prefix for clip-path ids (JFreeSVG's default is the clock): the same chart gives the same bytes
		g.setDefsKeyPrefix("lexbench");
		if (textAsOutlines) {
			g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
		}
		figure.chart().draw(g, new Rectangle(0, 0, figure.width(), figure.height()));
		String element = g.getSVGElement(null, true, new ViewBox(0, 0, figure.width(), figure.height()), null, null);
		int open = element.indexOf('>', element.indexOf("<svg")) + 1;
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element.substring(0, open) + "<title>" + xml(figure.title())
				+ "</title>" + element.substring(open) + "\n";
	}

	/** Text as XML character data: markup characters escaped, characters XML 1.0 does not allow left out. */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000;
					if (allowed) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
