package org.lexbench.report.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.lexbench.files.Language;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * A table as one JSON object in UTF-8, streamed by Jackson:
 * <pre>
 * {"format": "lexbench-dataset", "format_version": 1, "table": "wide",
 *  "set": {"id": …, "version": …, "name_zh": …, "name_en": …}, "years": [2023, 2024], "pseudonymised": false,
 *  "columns": [{"name": "year", "type": "integer"}, …],
 *  "rows": [{"year": 2024, "firm_id": …, …}, …]}
 * </pre>
 * Each row is an object with every column, in the columns' order; a missing value is {@code null};
 * numbers are the shortest text that reads back as the same double (the same text as in CSV).
 * Text is written as it is: JSON is not opened by spreadsheets, so nothing is escaped for them.
 */
final class JsonDataset implements DatasetWriter {

	static final int FORMAT_VERSION = 1;

	private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private final About about;

	JsonDataset(About about) {
		this.about = about;
	}

	@Override
	public Written write(DatasetTable table, OutputStream out) throws IOException {
		try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("format", "lexbench-dataset");
			json.writeNumberProperty("format_version", FORMAT_VERSION);
			json.writeStringProperty("table", table.name());
			json.writeName("set");
			json.writeStartObject();
			json.writeStringProperty("id", this.about.set().id());
			json.writeStringProperty("version", this.about.set().version());
			json.writeStringProperty("name_zh", this.about.set().name().in(Language.ZH));
			json.writeStringProperty("name_en", this.about.set().name().in(Language.EN));
			json.writeEndObject();
			json.writeName("years");
			json.writeStartArray();
			for (int year : this.about.years()) {
				json.writeNumber(year);
			}
			json.writeEndArray();
			json.writeBooleanProperty("pseudonymised", this.about.pseudonymised());
			json.writeName("columns");
			json.writeStartArray();
			for (DatasetColumn c : table.columns()) {
				json.writeStartObject();
				json.writeStringProperty("name", c.name());
				json.writeStringProperty("type", c.type().keyword());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeName("rows");
			json.writeStartArray();
			Records records = new Records(json, table.columns());
			table.write(records);
			json.writeEndArray();
			json.writeEndObject();
			return new Written(records.rows, List.of());
		}
	}

	/** The cells of a table as JSON objects, one per row. */
	private static final class Records implements Cells {

		private final JsonGenerator json;

		private final SerializableString[] names;

		private int column;

		private long rows;

		Records(JsonGenerator json, List<DatasetColumn> columns) {
			this.json = json;
			this.names = columns.stream().map(c -> new SerializedString(c.name())).toArray(SerializableString[]::new);
		}

		private void name() {
			if (this.column == 0) {
				this.json.writeStartObject();
			}
			this.json.writeName(this.names[this.column++]);
		}

		@Override
		public void text(String value) {
			name();
			if (value == null || value.isEmpty()) {
				this.json.writeNull();
			}
			else {
				this.json.writeString(value);
			}
		}

		@Override
		public void number(double value) {
			name();
			if (DecimalText.present(value)) {
				this.json.writeNumber(DecimalText.of(value));
			}
			else {
				this.json.writeNull();
			}
		}

		@Override
		public void end() {
			if (this.column == 0) {
				this.json.writeStartObject();
			}
			this.json.writeEndObject();
			this.column = 0;
			this.rows++;
		}

	}

}
