package org.lexbench.firmdata.synthetic;

/**
 * The published figures synthetic firms follow, each with the line of DOMAIN.md it comes from.
 * DOMAIN's range "a–b" of a lognormal quantity is read as its 5th–95th percentiles, as §4.4 says
 * outright for lawyers; the range of a share (§4.4 "beta, mean about 20%, range 3–60%") as its
 * 1st–99th percentiles, which also gives that stated mean.
 */
final class DomainFigures {

	// §4.4 lawyers: "lognormal, median 1,500, 5th–95th percentile 300–9,000, clipped at 15,000"
	static final double LAWYERS_MEDIAN = 1_500;

	static final double LAWYERS_P5 = 300;

	static final double LAWYERS_P95 = 9_000;

	static final int LAWYERS_MAX = 15_000;

	// PRC Lawyers Law art. 15: a partnership firm needs at least three partners
	static final int LAWYERS_MIN = 3;

	// §4.1 practising lawyers 522,000 (2020) → 651,600 (2022): about 12% a year nationally
	static final double LAWYER_GROWTH = 0.10;

	// §4.4 revenue_cny: "RPL lognormal, median RMB 0.9m, range 0.3–3.5m (boutiques up to 5m)"
	static final double RPL_MEDIAN = 900_000;

	static final double RPL_P5 = 300_000;

	static final double RPL_P95 = 3_500_000;

	static final double RPL_MAX = 5_000_000;

	// §4.4 "add 3–5 verein-like outliers" to a sample of 30–50 firms, i.e. about 4 in 50
	static final double VEREIN_SHARE = 4.0 / 50;

	// §5.3 global (verein) and China-only figures "differ by 2–3× for Dentons and KWM"
	static final double VEREIN_FACTOR_MIN = 2;

	static final double VEREIN_FACTOR_MAX = 3;

	// §2 D7.3 revenue growth "−10 to +40" % a year; China 45 grew 17.1% in 2018
	static final double REVENUE_GROWTH_MIN = -0.10;

	static final double REVENUE_GROWTH_MAX = 0.40;

	static final double REVENUE_GROWTH_MEAN = 0.12;

	// §4.4 overseas_offices: "zero-inflated negative binomial: P(0) ≈ 0.3, median 3, max 60
	// (one Yingke-like outlier at 80–100)"
	static final double OFFICES_P_ZERO = 0.3;

	static final double OFFICES_MEDIAN_NONZERO = 3;

	static final int OFFICES_MAX = 60;

	/**
	 * Non-zero counts are 1 + NB(size 0.5, p 0.10): median 3, about the 23 offices of Yingke
	 * (§4.2) as the largest of 35, and 60 reached by about 1 firm in 3,500.
	 */
	static final double OFFICES_NB_SIZE = 0.5;

	static final double OFFICES_NB_P = 0.10;

	static final int OFFICES_OUTLIER_MIN = 80;

	static final int OFFICES_OUTLIER_MAX = 100;

	/** One such firm in about 50,000: "one" outlier at the sizes lexbench is benchmarked with. */
	static final double OFFICES_OUTLIER_SHARE = 1.0 / 50_000;

	// §4.1 overseas branches 180 (Nov 2023) → 207 (Sep 2024): about 13% more a year
	static final double OFFICE_OPENING_RATE = 0.13;

	// §4.4 countries: "min(offices, ~0.8 × offices), max 40"
	static final double COUNTRIES_PER_OFFICE = 0.8;

	static final int COUNTRIES_MAX = 40;

	// §4.1 November 2023: branches in 35 countries, 24 of them Belt and Road countries
	static final double BRI_SHARE_OF_COUNTRIES = 24.0 / 35;

	// §4.2 Dacheng: about 4,000 lawyers in 42 PRC offices (2013), about 95 lawyers an office
	static final double LAWYERS_PER_DOMESTIC_OFFICE = 95;

	// §4.4 pct_lawyers_abroad: "beta mostly in 0–8%, with 1–2 firms at 20–50%" (of 30–50)
	static final double ABROAD_LOW = 0.2;

	static final double ABROAD_HIGH = 8;

	static final double ABROAD_INTERNATIONAL_LOW = 20;

	static final double ABROAD_INTERNATIONAL_HIGH = 50;

	static final double INTERNATIONAL_FIRMS = 1.5 / 50;

	// §4.4 pct_foreign_related_revenue: "beta, mean about 20%, range 3–60%"
	static final double FOREIGN_REVENUE_LOW = 3;

	static final double FOREIGN_REVENUE_HIGH = 60;

	static final double FOREIGN_REVENUE_MEAN = 20;

	// §4.4 "pct_foreign_degree 2–35%; pct_foreign_licence 0–20%; 涉外律师 share 3–50%"
	static final double FOREIGN_DEGREE_LOW = 2;

	static final double FOREIGN_DEGREE_HIGH = 35;

	static final double FOREIGN_LICENCE_LOW = 0.5;

	static final double FOREIGN_LICENCE_HIGH = 20;

	static final double FOREIGN_LAWYER_LOW = 3;

	static final double FOREIGN_LAWYER_HIGH = 50;

	// §4.4 Party items: "party_member_share 20–55%; party org level mostly 3–4;
	// cross-appointment about 90% yes"
	static final double PARTY_MEMBER_LOW = 20;

	static final double PARTY_MEMBER_HIGH = 55;

	/** Levels 0–4 of D1.1; 85% of firms at 3 or 4 ("mostly 3–4"; "large firms usually 3–4"). */
	static final double[] PARTY_ORG_LEVEL_SHARES = { 0.01, 0.04, 0.10, 0.35, 0.50 };

	static final double CROSS_APPOINTMENT_RATE = 0.90;

	// §4.4 "ISO 27001 about 10–20%; ISO 9001 about 10%; conflict system about 95%;
	// network membership about 50%"
	static final double ISO27001_RATE = 0.15;

	static final double ISO9001_RATE = 0.10;

	static final double CONFLICT_SYSTEM_RATE = 0.95;

	static final double OTHER_YES_RATE = 0.50;

	// §4.4 "Chambers score 0–120 (heavily skewed; the top 5 red-circle firms 60–120)"
	static final double CHAMBERS_MAX = 120;

	/**
	 * Whole points of 121 × u⁴ (u uniform) up to 120: 30% of firms score 0 (not ranked), the top
	 * 16% (about 5 of 30) score 60 or more.
	 */
	static final double CHAMBERS_SKEW = 4;

	// §4.4 "pro bono hours/lawyer 10–80"
	static final double PRO_BONO_P5 = 10;

	static final double PRO_BONO_P95 = 80;

	/** The 95th and 99th percentiles of the standard normal: turn percentiles into a spread. */
	static final double Z95 = 1.6448536269514722;

	static final double Z99 = 2.3263478740408408;

	private DomainFigures() {
	}

}
