package org.lexbench.report.council;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A print-ready Word document built in order: A4 portrait with 2 cm margins, page numbers in the
 * footer ("page N of M" as fields Word and LibreOffice update), headings, paragraphs, tables whose
 * header row repeats on every page, and pictures. Text goes in as text (never as a field or
 * formula: Word evaluates none in text); runs name a Latin and an East Asian font so Chinese is set in a Chinese face.
 */
final class DocxPages {

	/** Twentieths of a point: A4 is 210 × 297 mm. */
	private static final int A4_WIDTH = 11906;

	private static final int A4_HEIGHT = 16838;

	private static final int MARGIN = 1134;

	private static final String LATIN_FONT = "Arial";

	private static final String EAST_ASIAN_FONT = "SimSun";

	private final XWPFDocument doc = new XWPFDocument();

	/** @param pageOf the footer, "{0}" standing for the page number and "{1}" for the number of pages */
	DocxPages(String pageOf) {
		CTSectPr section = this.doc.getDocument().getBody().isSetSectPr() ? this.doc.getDocument().getBody().getSectPr()
				: this.doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		for (var set : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft,
				margins::setRight)) {
			set.accept(BigInteger.valueOf(MARGIN));
		}
		XWPFFooter footer = this.doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph p = footer.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		int page = pageOf.indexOf("{0}");
		int pages = pageOf.indexOf("{1}");
		run(p, pageOf.substring(0, page), 9, false);
		p.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
		run(p, pageOf.substring(page + 3, pages), 9, false);
		p.getCTP().addNewFldSimple().setInstr("NUMPAGES \\* MERGEFORMAT");
		run(p, pageOf.substring(pages + 3), 9, false);
	}

	void title(String text, String subtitle) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(120);
		run(p, text, 20, true);
		XWPFParagraph s = this.doc.createParagraph();
		s.setAlignment(ParagraphAlignment.CENTER);
		s.setSpacingAfter(360);
		run(s, subtitle, 10, false);
	}

	void heading(String text) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setSpacingBefore(240);
		p.setSpacingAfter(120);
		p.setKeepNext(true);
		run(p, text, 14, true);
	}

	void paragraph(String text) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setSpacingAfter(120);
		run(p, text, 10.5, false);
	}

	void bullet(String text) {
		XWPFParagraph p = this.doc.createParagraph();
		p.setIndentationLeft(360);
		p.setIndentationHanging(240);
		p.setSpacingAfter(60);
		run(p, "• " + text, 10.5, false);
	}

	/**
	 * A table filling the text width: the header row bold, shaded and repeated on every page;
	 * {@code numeric[c]} right-aligns column c.
	 */
	void table(List<String> header, List<List<String>> rows, boolean[] numeric) {
		XWPFTable table = this.doc.createTable(rows.size() + 1, header.size());
		table.setWidth("100%");
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < header.size(); c++) {
			cell(head, c, header.get(c), true, numeric[c]);
			head.getCell(c).setColor("D9E2F3");
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			row.setCantSplitRow(true);
			for (int c = 0; c < header.size(); c++) {
				cell(row, c, rows.get(r).get(c), false, numeric[c]);
			}
		}
		this.doc.createParagraph().setSpacingAfter(120);
	}

	/** A picture scaled to the text width (at most), keeping its proportions, with its caption under it. */
	void picture(ChartPicture chart) {
		double widthPt = (A4_WIDTH - 2 * MARGIN) / 20.0;
		double scale = Math.min(1.0, widthPt / chart.width());
		XWPFParagraph p = this.doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setKeepNext(true);
		try {
			p.createRun().addPicture(new ByteArrayInputStream(chart.png()), XWPFDocument.PICTURE_TYPE_PNG, "figure.png",
					Units.toEMU(chart.width() * scale), Units.toEMU(chart.height() * scale));
		}
		catch (IOException | InvalidFormatException unreadable) {
			throw new IllegalStateException("a chart could not be placed in the document", unreadable);
		}
		XWPFParagraph caption = this.doc.createParagraph();
		caption.setAlignment(ParagraphAlignment.CENTER);
		caption.setSpacingAfter(240);
		run(caption, chart.caption(), 9, false);
	}

	void writeTo(OutputStream out) {
		try {
			this.doc.write(out);
			this.doc.close();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static void cell(XWPFTableRow row, int c, String text, boolean bold, boolean numeric) {
		XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
		p.setAlignment(numeric ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
		run(p, text, 9, bold);
	}

	private static void run(XWPFParagraph p, String text, double size, boolean bold) {
		XWPFRun run = p.createRun();
		run.setText(text == null ? "" : text); // Word has no formulas in text: no need to make it inert
		run.setFontSize(size);
		run.setBold(bold);
		CTFonts fonts = run.getCTR().isSetRPr() && run.getCTR().getRPr().sizeOfRFontsArray() > 0
				? run.getCTR().getRPr().getRFontsArray(0) : run.getCTR().addNewRPr().addNewRFonts();
		fonts.setAscii(LATIN_FONT);
		fonts.setHAnsi(LATIN_FONT);
		fonts.setEastAsia(EAST_ASIAN_FONT);
	}

}
