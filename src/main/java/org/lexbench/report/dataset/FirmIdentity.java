package org.lexbench.report.dataset;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.lexbench.firmdata.FirmRecord;
import org.lexbench.scoring.ScoreCard;

/**
 * The columns that say which firm a row is about: its id, name and code — or, when the dataset
 * is pseudonymised, only a stable code in place of the id, with the attributes that would name
 * the firm left out, and the rows in an order that does not follow the data files.
 */
sealed interface FirmIdentity {

	List<DatasetColumn> columns();

	void write(FirmRecord firm, Cells out) throws IOException;

	/** Whether a wide table keeps this attribute. */
	boolean keeps(AttributeColumns.FirmAttribute attribute);

	/** The order a card's firms are written in, by their numbers in the card. */
	int[] order(ScoreCard card);

	/** Firms as the data names them: lexbench's key, the name and code as written, every attribute. */
	record Named() implements FirmIdentity {

		@Override
		public List<DatasetColumn> columns() {
			return List.of(CodebookText.column("firm_id", ColumnType.TEXT), CodebookText.column("firm", ColumnType.TEXT),
					CodebookText.column("code", ColumnType.TEXT));
		}

		@Override
		public void write(FirmRecord firm, Cells out) throws IOException {
			out.text(firm.key());
			out.text(firm.name());
			out.text(firm.code().orElse(null));
		}

		@Override
		public boolean keeps(AttributeColumns.FirmAttribute attribute) {
			return true;
		}

		/** As the data files list them. */
		@Override
		public int[] order(ScoreCard card) {
			return IntStream.range(0, card.size()).toArray();
		}

	}

	/**
	 * Firms as stable salted codes only: no name, no credit code, no English name, no column of the
	 * data files lexbench does not know (it may be a contact, an address, a note); where a firm is
	 * (province, city) and what kind it is (size band, head office or branch, year founded) are
	 * kept, for peer groups.
	 */
	record Pseudonymised(Pseudonyms codes) implements FirmIdentity {

		@Override
		public List<DatasetColumn> columns() {
			return List.of(new DatasetColumn("firm_id", CodebookText.of("export.column.firm_id.pseudonym"),
					org.lexbench.indicator.Bilingual.EMPTY, ColumnType.TEXT, "",
					CodebookText.of("export.column.firm_id.pseudonym.meaning", this.codes.digits())));
		}

		@Override
		public void write(FirmRecord firm, Cells out) throws IOException {
			out.text(this.codes.code(firm.key()));
		}

		@Override
		public boolean keeps(AttributeColumns.FirmAttribute attribute) {
			return !attribute.identifying();
		}

		/** By code: the order of the data files (alphabetical, a register's) could tell who is who. */
		@Override
		public int[] order(ScoreCard card) {
			return IntStream.range(0, card.size()).boxed()
				.sorted(Comparator.comparing(f -> this.codes.code(card.firms().get(f).key())))
				.mapToInt(Integer::intValue).toArray();
		}

	}

}
