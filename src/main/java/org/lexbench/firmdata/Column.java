package org.lexbench.firmdata;

import org.lexbench.indicator.Indicator;

/** What a column of a data file holds, as recognised from its header. */
public sealed interface Column {

	/** The firm's name. */
	record FirmName() implements Column {
	}

	/** The firm's code: unified social credit code or practice-licence number. */
	record FirmCode() implements Column {
	}

	/** The year the row's values are for. */
	record Year() implements Column {
	}

	/** The values of one indicator. */
	record Values(Indicator indicator) implements Column {
	}

	/** An attribute of the set, standard or declared (province, size band, population …). */
	record Attribute(String id) implements Column {
	}

	/** Long layout: the indicator a row is about. */
	record IndicatorName() implements Column {
	}

	/** Long layout: the value. */
	record Value() implements Column {
	}

	/** Long layout: where the value comes from. */
	record Source() implements Column {
	}

	/** Long layout: a note on the value. */
	record Note() implements Column {
	}

	/** Nothing the set knows: kept as an attribute under its header, usable in filters and peer groups. */
	record Other(String header) implements Column {
	}

}
