package org.lexbench.firmdata.synthetic;

/**
 * A core quantity of a synthetic firm, drawn together with the others so they agree: revenue is
 * lawyers × revenue per lawyer, countries never exceed overseas offices, and so on. Money is in
 * yuan, shares and growth in percentage points.
 */
enum Quantity {

	LAWYERS {
		@Override
		double of(FirmYears years, int t) {
			return years.lawyers(t);
		}
	},
	REVENUE {
		@Override
		double of(FirmYears years, int t) {
			return years.revenue(t);
		}
	},
	REVENUE_PER_LAWYER {
		@Override
		double of(FirmYears years, int t) {
			return years.revenue(t) / years.lawyers(t);
		}
	},
	/** Growth of revenue into year t from the year before, in percent. */
	REVENUE_GROWTH {
		@Override
		double of(FirmYears years, int t) {
			return 100 * years.revenueGrowth(t);
		}
	},
	OVERSEAS_OFFICES {
		@Override
		double of(FirmYears years, int t) {
			return years.overseasOffices(t);
		}
	},
	COUNTRIES {
		@Override
		double of(FirmYears years, int t) {
			return years.countries(t);
		}
	},
	BRI_COUNTRIES {
		@Override
		double of(FirmYears years, int t) {
			return years.briCountries(t);
		}
	},
	/** Offices in China and abroad. */
	OFFICES_TOTAL {
		@Override
		double of(FirmYears years, int t) {
			return years.domesticOffices(t) + years.overseasOffices(t);
		}
	},
	FOREIGN_LAWYERS {
		@Override
		double of(FirmYears years, int t) {
			return Math.round(years.lawyers(t) * years.foreignLawyerShare(t) / 100);
		}
	},
	FOREIGN_LAWYER_SHARE {
		@Override
		double of(FirmYears years, int t) {
			return years.foreignLawyerShare(t);
		}
	},
	LAWYERS_ABROAD_SHARE {
		@Override
		double of(FirmYears years, int t) {
			return years.lawyersAbroadShare(t);
		}
	};

	/** The quantity in year {@code t} (0 for the first year of the data). */
	abstract double of(FirmYears years, int t);

	/** Whether the quantity is a whole number. */
	boolean whole() {
		return this == LAWYERS || this == OVERSEAS_OFFICES || this == COUNTRIES || this == BRI_COUNTRIES
				|| this == OFFICES_TOTAL || this == FOREIGN_LAWYERS;
	}

}
