package org.lexbench.firmdata.synthetic;

import static org.lexbench.firmdata.synthetic.DomainFigures.*;

import java.util.random.RandomGenerator;

/**
 * One synthetic firm's core quantities in each year of the data (index 0 is the first year). The
 * last year is drawn from the distributions of DOMAIN §4.4, so the most recent data follow them
 * exactly; earlier years are traced back from it by yearly growth, openings and closures.
 */
final class FirmYears {

	/** Correlation of revenue per lawyer with international orientation (a modelling choice). */
	static final double RPL_LOADING = 0.4;

	/** How closely overseas offices follow orientation (a modelling choice). */
	static final double OFFICES_LOADING = 0.85;

	/** How closely foreign-related shares follow orientation (a modelling choice). */
	static final double SHARE_LOADING = 0.7;

	/** Chance an office was closed in a year (a modelling choice; DOMAIN §4.2 notes KWM's exits). */
	static final double OFFICE_CLOSING_RATE = 0.03;

	/** Cumulative NB(size, p) probabilities of 0 … OFFICES_MAX − 1 offices beyond the first. */
	private static final double[] OFFICES_CDF = negativeBinomialCdf(OFFICES_NB_SIZE, OFFICES_NB_P, OFFICES_MAX - 1);

	private final int[] lawyers;

	private final double[] revenue;

	private final double[] revenueGrowth;

	private final int[] overseasOffices;

	private final int[] countries;

	private final int[] briCountries;

	private final int[] domesticOffices;

	private final double[] foreignLawyerShare;

	private final double[] lawyersAbroadShare;

	private FirmYears(int years) {
		this.lawyers = new int[years];
		this.revenue = new double[years];
		this.revenueGrowth = new double[years];
		this.overseasOffices = new int[years];
		this.countries = new int[years];
		this.briCountries = new int[years];
		this.domesticOffices = new int[years];
		this.foreignLawyerShare = new double[years];
		this.lawyersAbroadShare = new double[years];
	}

	/** The years of a firm with latent {@code size} and {@code orientation} (standard normal scores). */
	static FirmYears draw(RandomGenerator random, int years, double size, double orientation) {
		FirmYears y = new FirmYears(years);
		y.people(random, size);
		y.money(random, orientation);
		y.offices(random, orientation);
		y.shares(random, orientation);
		return y;
	}

	private void people(RandomGenerator random, double size) {
		int last = this.lawyers.length - 1;
		this.lawyers[last] = lawyers(ValueShape.LogNormal.of(LAWYERS_MEDIAN, LAWYERS_P5, LAWYERS_P95).at(size));
		double trend = LAWYER_GROWTH + 0.05 * random.nextGaussian();
		for (int t = last; t > 0; t--) {
			double growth = clamp(trend + 0.04 * random.nextGaussian(), -0.10, 0.30);
			this.lawyers[t - 1] = lawyers(this.lawyers[t] / (1 + growth));
		}
		double perOffice = LAWYERS_PER_DOMESTIC_OFFICE * Math.exp(0.4 * random.nextGaussian());
		for (int t = 0; t <= last; t++) {
			this.domesticOffices[t] = (int) Math.max(1, Math.round(this.lawyers[t] / perOffice));
		}
	}

	private void money(RandomGenerator random, double orientation) {
		int last = this.revenue.length - 1;
		double position = RPL_LOADING * orientation + Math.sqrt(1 - RPL_LOADING * RPL_LOADING) * random.nextGaussian();
		double perLawyer = Math.min(RPL_MAX, ValueShape.LogNormal.of(RPL_MEDIAN, RPL_P5, RPL_P95).at(position));
		double verein = random.nextDouble() < VEREIN_SHARE
				? VEREIN_FACTOR_MIN + (VEREIN_FACTOR_MAX - VEREIN_FACTOR_MIN) * random.nextDouble() : 1;
		this.revenue[last] = this.lawyers[last] * perLawyer * verein;
		double trend = REVENUE_GROWTH_MEAN + 0.08 * random.nextGaussian();
		for (int t = last; t >= 0; t--) {
			this.revenueGrowth[t] = clamp(trend + 0.08 * random.nextGaussian(), REVENUE_GROWTH_MIN, REVENUE_GROWTH_MAX);
			if (t > 0) {
				this.revenue[t - 1] = this.revenue[t] / (1 + this.revenueGrowth[t]);
			}
		}
	}

	private void offices(RandomGenerator random, double orientation) {
		int last = this.overseasOffices.length - 1;
		double position = OFFICES_LOADING * orientation
				+ Math.sqrt(1 - OFFICES_LOADING * OFFICES_LOADING) * random.nextGaussian();
		double u = StandardNormal.cdf(position);
		this.overseasOffices[last] = u < OFFICES_P_ZERO ? 0
				: 1 + quantile(OFFICES_CDF, (u - OFFICES_P_ZERO) / (1 - OFFICES_P_ZERO));
		if (random.nextDouble() < OFFICES_OUTLIER_SHARE) {
			this.overseasOffices[last] = OFFICES_OUTLIER_MIN + random.nextInt(OFFICES_OUTLIER_MAX - OFFICES_OUTLIER_MIN + 1);
		}
		for (int t = last; t > 0; t--) {
			int opened = 0;
			for (int office = 0; office < this.overseasOffices[t]; office++) {
				opened += random.nextDouble() < OFFICE_OPENING_RATE ? 1 : 0;
			}
			int closed = random.nextDouble() < OFFICE_CLOSING_RATE ? 1 : 0;
			this.overseasOffices[t - 1] = Math.max(0, this.overseasOffices[t] - opened + closed);
		}
		double perOffice = COUNTRIES_PER_OFFICE + 0.15 * (2 * random.nextDouble() - 1);
		double bri = clamp(BRI_SHARE_OF_COUNTRIES + 0.2 * (2 * random.nextDouble() - 1), 0, 1);
		for (int t = 0; t <= last; t++) {
			int offices = this.overseasOffices[t];
			this.countries[t] = offices == 0 ? 0
					: (int) clamp(Math.round(perOffice * offices), 1, Math.min(offices, COUNTRIES_MAX));
			this.briCountries[t] = (int) Math.round(bri * this.countries[t]);
		}
	}

	private void shares(RandomGenerator random, double orientation) {
		int years = this.lawyers.length;
		double[] position = new double[years];
		Positions.fill(random, orientation, SHARE_LOADING, position, years);
		ValueShape.Share foreign = ValueShape.Share.percent(FOREIGN_LAWYER_LOW, FOREIGN_LAWYER_HIGH);
		for (int t = 0; t < years; t++) {
			this.foreignLawyerShare[t] = foreign.at(position[t]);
		}
		// the most internationally oriented firms, with some luck, have a fifth to a half of their lawyers abroad
		double international = StandardNormal.cdf(0.8 * orientation + 0.6 * random.nextGaussian());
		ValueShape.Share abroad = international >= 1 - INTERNATIONAL_FIRMS
				? ValueShape.Share.percent(ABROAD_INTERNATIONAL_LOW, ABROAD_INTERNATIONAL_HIGH)
				: ValueShape.Share.percent(ABROAD_LOW, ABROAD_HIGH);
		Positions.fill(random, orientation, SHARE_LOADING, position, years);
		for (int t = 0; t < years; t++) {
			// lawyers abroad work in overseas offices: none without one
			this.lawyersAbroadShare[t] = this.overseasOffices[t] == 0 ? 0 : abroad.at(position[t]);
		}
	}

	int lawyers(int t) {
		return this.lawyers[t];
	}

	double revenue(int t) {
		return this.revenue[t];
	}

	double revenueGrowth(int t) {
		return this.revenueGrowth[t];
	}

	int overseasOffices(int t) {
		return this.overseasOffices[t];
	}

	int countries(int t) {
		return this.countries[t];
	}

	int briCountries(int t) {
		return this.briCountries[t];
	}

	int domesticOffices(int t) {
		return this.domesticOffices[t];
	}

	double foreignLawyerShare(int t) {
		return this.foreignLawyerShare[t];
	}

	double lawyersAbroadShare(int t) {
		return this.lawyersAbroadShare[t];
	}

	private static int lawyers(double drawn) {
		return (int) clamp(Math.round(drawn), LAWYERS_MIN, LAWYERS_MAX);
	}

	static double clamp(double v, double min, double max) {
		return Math.max(min, Math.min(max, v));
	}

	/** The smallest k with {@code cdf[k] >= p}, or the last k. */
	private static int quantile(double[] cdf, double p) {
		for (int k = 0; k < cdf.length; k++) {
			if (cdf[k] >= p) {
				return k;
			}
		}
		return cdf.length - 1;
	}

	static double[] negativeBinomialCdf(double size, double p, int max) {
		double[] cdf = new double[max + 1];
		double pk = Math.pow(p, size);
		double sum = 0;
		for (int k = 0; k <= max; k++) {
			if (k > 0) {
				pk *= (k - 1 + size) / k * (1 - p);
			}
			sum += pk;
			cdf[k] = sum;
		}
		return cdf;
	}

}
