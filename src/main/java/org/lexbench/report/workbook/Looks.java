package org.lexbench.report.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a workbook: every number format with every mark, each also quote-prefixed.
 * They are all made before the first row is streamed, because the styles part is written before
 * the sheets are.
 */
final class Looks {

	/** How a number is shown; the value itself is never rounded. */
	enum Format {

		GENERAL("General"), WHOLE("#,##0"), ONE("0.0"), DECIMAL("#,##0.00"), SCORE("0.00"), FINE("0.000"), SHARE("0.0%");

		private final String pattern;

		Format(String pattern) {
			this.pattern = pattern;
		}

	}

	/** What a cell is: plain, a heading, or a value lexbench changed or flagged (with a fill of its own). */
	enum Mark {

		PLAIN(null), HEADER("DDEBF7"), TITLE(null), LABEL(null), PARAGRAPH(null), IMPUTED("FFF2CC"), WINSORISED("FCE4D6"),
		OUT_OF_RANGE("FFC7CE");

		private final String fill;

		Mark(String fill) {
			this.fill = fill;
		}

		/** The fill colour as RRGGBB, or null for none. */
		String fill() {
			return this.fill;
		}

	}

	private final Map<Format, Map<Mark, Look>> looks = new EnumMap<>(Format.class);

	private Looks() {
	}

	static Looks of(XSSFWorkbook book) {
		Looks out = new Looks();
		XSSFFont bold = book.createFont();
		bold.setBold(true);
		XSSFFont title = book.createFont();
		title.setBold(true);
		title.setFontHeightInPoints((short) 14);
		for (Format format : Format.values()) {
			Map<Mark, Look> byMark = new EnumMap<>(Mark.class);
			short pattern = book.createDataFormat().getFormat(format.pattern);
			for (Mark mark : Mark.values()) {
				int plain = format == Format.GENERAL && mark == Mark.PLAIN ? 0 : style(book, pattern, mark, bold, title, false).getIndex();
				int inert = style(book, pattern, mark, bold, title, true).getIndex();
				byMark.put(mark, new Look(plain, inert));
			}
			out.looks.put(format, byMark);
		}
		return out;
	}

	private static XSSFCellStyle style(XSSFWorkbook book, short pattern, Mark mark, XSSFFont bold, XSSFFont title,
			boolean inert) {
		XSSFCellStyle style = book.createCellStyle();
		style.setDataFormat(pattern);
		style.setQuotePrefixed(inert);
		switch (mark) {
			case HEADER -> {
				style.setFont(bold);
				style.setWrapText(true);
				style.setVerticalAlignment(VerticalAlignment.TOP);
				style.setBorderBottom(BorderStyle.THIN);
			}
			case TITLE -> style.setFont(title);
			case LABEL -> {
				style.setFont(bold);
				style.setVerticalAlignment(VerticalAlignment.TOP);
			}
			case PARAGRAPH -> {
				style.setWrapText(true);
				style.setVerticalAlignment(VerticalAlignment.TOP);
			}
			default -> {
			}
		}
		if (mark.fill() != null) {
			style.setFillForegroundColor(new XSSFColor(rgb(mark.fill()), null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	static byte[] rgb(String hex) {
		int v = Integer.parseInt(hex, 16);
		return new byte[] { (byte) (v >> 16), (byte) (v >> 8), (byte) v };
	}

	Look of(Format format, Mark mark) {
		return this.looks.get(format).get(mark);
	}

	Look plain() {
		return of(Format.GENERAL, Mark.PLAIN);
	}

	Look header() {
		return of(Format.GENERAL, Mark.HEADER);
	}

	Look label() {
		return of(Format.GENERAL, Mark.LABEL);
	}

	Look paragraph() {
		return of(Format.GENERAL, Mark.PARAGRAPH);
	}

	Look title() {
		return of(Format.GENERAL, Mark.TITLE);
	}

	Look number(Format format) {
		return of(format, Mark.PLAIN);
	}

}
