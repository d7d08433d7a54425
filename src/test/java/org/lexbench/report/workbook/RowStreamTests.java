package org.lexbench.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The XML of streamed rows: what Excel, LibreOffice and POI read back as the same cells. */
class RowStreamTests {

	static final Look PLAIN = new Look(0, 7);

	static final Look SCORE = new Look(3, 8);

	interface Writing {

		void write(RowStream rows) throws IOException;

	}

	static String xml(Writing writing) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RowStream rows = new RowStream(out);
		writing.write(rows);
		rows.finish();
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void numbers_areNumberCells_wholeOnesWithoutAPoint_othersInTheirShortestRoundTripText() throws IOException {
		String xml = xml(rows -> {
			rows.row();
			rows.number(12, PLAIN);
			rows.number(0.1 + 0.2, SCORE);
			rows.number(-3.5e-7, PLAIN);
		});

		assertThat(xml).isEqualTo("<row r=\"1\"><c r=\"A1\"><v>12</v></c><c r=\"B1\" s=\"3\"><v>0.30000000000000004</v></c>"
				+ "<c r=\"C1\"><v>-3.5E-7</v></c></row>");
	}

	@Test
	void missingNumber_leavesNoCell_unlessItsLookIsNotTheDefault() throws IOException {
		String xml = xml(rows -> {
			rows.row();
			rows.number(Double.NaN, PLAIN);
			rows.number(Double.NaN, SCORE);
			rows.number(1, PLAIN);
		});

		assertThat(xml).isEqualTo("<row r=\"1\"><c r=\"B1\" s=\"3\"/><c r=\"C1\"><v>1</v></c></row>");
	}

	@Test
	void text_isAnInlineString_escaped_withCharactersXmlCannotHoldReplaced() throws IOException {
		String xml = xml(rows -> {
			rows.row(2, 30);
			rows.text("A&B <律所> \"x\"\u0007𠀀", PLAIN);
			rows.text(" padded ", PLAIN);
		});

		assertThat(xml).isEqualTo("<row r=\"3\" ht=\"30\" customHeight=\"1\"><c r=\"A3\" t=\"inlineStr\"><is><t>A&amp;B &lt;律所&gt; "
				+ "&quot;x&quot;\uFFFD𠀀</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> padded </t></is></c></row>");
	}

	@Test
	void textASpreadsheetWouldReadAsAFormula_isKeptAsTextWithTheQuotePrefixedLook() throws IOException {
		String xml = xml(rows -> {
			rows.row();
			rows.text("=HYPERLINK(\"http://x\",\"y\")", PLAIN);
			rows.text("-12", SCORE);
		});

		assertThat(xml).contains("<c r=\"A1\" s=\"7\" t=\"inlineStr\"><is><t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>",
				"<c r=\"B1\" s=\"8\" t=\"inlineStr\"><is><t>-12</t>").doesNotContain("<f>");
	}

	@Test
	void cellsMoveRight_andAtSkipsToAColumn() throws IOException {
		String xml = xml(rows -> {
			rows.row();
			rows.at(27);
			rows.number(1, PLAIN);
		});

		assertThat(xml).isEqualTo("<row r=\"1\"><c r=\"AB1\"><v>1</v></c></row>");
	}

	@Test
	void rowsGoDownward_only() throws IOException {
		assertThatThrownBy(() -> xml(rows -> {
			rows.row(3, Double.NaN);
			rows.row(1, Double.NaN);
		})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
	}

	@Test
	void textLongerThanExcelHolds_isCutToItsLimit() throws IOException {
		String xml = xml(rows -> {
			rows.row();
			rows.text("x".repeat(40_000), PLAIN);
		});

		String text = xml.substring(xml.indexOf("<t>") + 3, xml.indexOf("</t>"));
		assertThat(text).hasSize(RowStream.MOST_CHARACTERS).endsWith("…");
	}

}
