package org.lexbench.report.workbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The two parts that hold a sheet's comments, written from {@link CellNotes}: the comments
 * themselves ({@code xl/commentsN.xml}) and the legacy VML shapes Excel shows them in
 * ({@code xl/drawings/vmlDrawingN.vml}), each shape hidden until the cell is pointed at.
 */
final class NoteParts {

	/** Shape ids come in blocks of 1,024 that the drawing declares (VML's {@code o:idmap}). */
	static final int BLOCK = 1024;

	private NoteParts() {
	}

	static void comments(CellNotes notes, String author, OutputStream out) throws IOException {
		XmlOut xml = new XmlOut(out);
		xml.ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
			.ascii("<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><authors><author>")
			.text(author)
			.ascii("</author></authors><commentList>");
		notes.each((row, column, text) -> {
			xml.ascii("<comment ref=\"").ascii(RowStream.column(column)).integer(row + 1L)
				.ascii("\" authorId=\"0\"><text><t xml:space=\"preserve\">").text(text.get()).ascii("</t></text></comment>");
		});
		xml.ascii("</commentList></comments>");
		xml.flush();
	}

	/**
	 * The shapes of {@code count} notes, with ids from block {@code firstBlock} on (block b holds
	 * ids b·1024 … b·1024 + 1023); returns the blocks used, so another drawing can start after them.
	 */
	static int shapes(CellNotes notes, int count, int firstBlock, OutputStream out) throws IOException {
		int blocks = Math.max(1, (count + BLOCK) / BLOCK);
		XmlOut xml = new XmlOut(out);
		xml.ascii("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
			.ascii(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
			.ascii("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"");
		for (int b = 0; b < blocks; b++) {
			if (b > 0) {
				xml.ascii(",");
			}
			xml.integer(firstBlock + (long) b);
		}
		xml.ascii("\"/></o:shapelayout>")
			.ascii("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">")
			.ascii("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
		long[] id = { (long) firstBlock * BLOCK + 1 };
		notes.each((row, column, text) -> {
			xml.ascii("<v:shape id=\"_x0000_s").integer(id[0]++)
				.ascii("\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;")
				.ascii("width:144pt;height:60pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
				.ascii("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
				.ascii("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"/>")
				.ascii("</v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
				.integer(column + 1L).ascii(", 15, ").integer(Math.max(0, row - 1L)).ascii(", 2, ")
				.integer(column + 3L).ascii(", 15, ").integer(row + 3L).ascii(", 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
				.integer(row).ascii("</x:Row><x:Column>").integer(column).ascii("</x:Column></x:ClientData></v:shape>");
		});
		xml.ascii("</xml>");
		xml.flush();
		return blocks;
	}

}
