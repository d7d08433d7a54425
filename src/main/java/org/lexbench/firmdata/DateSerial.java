package org.lexbench.firmdata;

import java.time.LocalDate;

/** A spreadsheet date serial (days since 1899-12-30 in Excel's 1900 system) as the date a user sees. */
final class DateSerial {

	/** Day 0 of Excel's 1900 date system (it counts a 29 February 1900 that never was, so day 60 onwards line up). */
	static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

	private DateSerial() {
	}

	static LocalDate date(double serial) {
		return EPOCH.plusDays((long) Math.floor(serial));
	}

	/** {@code 2024-01-05}; the number itself when it is no date. */
	static String text(double serial) {
		return serial > 0 && serial < 2_958_466 ? date(serial).toString() : String.valueOf(serial);
	}

}
