package org.lexbench.firmdata.synthetic;

import static org.lexbench.firmdata.synthetic.DomainFigures.*;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.lexbench.indicator.Indicator;
import org.lexbench.indicator.IndicatorType;
import org.lexbench.indicator.Level;

/**
 * Which shape each indicator's synthetic values take: the distributions of DOMAIN §4.4 for the
 * indicators it names (by id, when the type fits), and for any other indicator a rule by its type,
 * plausible range and direction (see {@link GenericShapes}).
 */
final class ShapeCatalogue {

	/** How closely foreign-related shares follow international orientation (a modelling choice). */
	static final double SHARE_LOADING = FirmYears.SHARE_LOADING;

	/** How closely Party items follow size: "large firms usually 3–4" (DOMAIN §2 D1.1). */
	static final double PARTY_LOADING = 0.5;

	/** How closely adoption (yes/no) and rankings follow a firm's standing (a modelling choice). */
	static final double ADOPTION_LOADING = 0.5;

	static final double RANKING_LOADING = 0.7;

	/** Money indicators that are a firm's gross revenue, by id or name. */
	static final Set<String> REVENUE_NAMES = Set.of("revenue", "gross_revenue", "revenue_cny", "total_revenue",
			"gross revenue", "total revenue", "总创收", "创收", "营业收入", "总收入");

	private ShapeCatalogue() {
	}

	/** The column of {@code indicator} (one without {@code from}). */
	static SyntheticColumn column(Indicator indicator) {
		return known(indicator).orElseGet(() -> GenericShapes.column(indicator));
	}

	private static Optional<SyntheticColumn> known(Indicator i) {
		String type = i.type().keyword();
		String id = i.id().toLowerCase(Locale.ROOT);
		if (type.equals("money") && (REVENUE_NAMES.contains(id)
				|| REVENUE_NAMES.contains(i.name().en().toLowerCase(Locale.ROOT)) || REVENUE_NAMES.contains(i.name().zh()))) {
			return money(i, Quantity.REVENUE);
		}
		return switch (id) {
			case "lawyers" -> core(i, Quantity.LAWYERS, "count", "number");
			case "revenue_per_lawyer", "rpl" ->
				type.equals("money") ? money(i, Quantity.REVENUE_PER_LAWYER) : Optional.empty();
			case "revenue_growth" -> core(i, Quantity.REVENUE_GROWTH, "percent", "number");
			case "overseas_offices", "overseas_branches" -> core(i, Quantity.OVERSEAS_OFFICES, "count", "number");
			case "countries" -> core(i, Quantity.COUNTRIES, "count", "number");
			case "bri_countries" -> core(i, Quantity.BRI_COUNTRIES, "count", "number");
			case "offices_total", "total_offices" -> core(i, Quantity.OFFICES_TOTAL, "count", "number");
			case "foreign_lawyers" -> core(i, Quantity.FOREIGN_LAWYERS, "count", "number");
			case "foreign_lawyer_share" -> core(i, Quantity.FOREIGN_LAWYER_SHARE, "percent");
			case "lawyers_abroad_share", "pct_lawyers_abroad" -> core(i, Quantity.LAWYERS_ABROAD_SHARE, "percent");
			case "foreign_revenue_share", "pct_foreign_related_revenue" ->
				share(i, FOREIGN_REVENUE_LOW, FOREIGN_REVENUE_HIGH, Latent.ORIENTATION, SHARE_LOADING);
			case "foreign_degree_share", "pct_foreign_degree" ->
				share(i, FOREIGN_DEGREE_LOW, FOREIGN_DEGREE_HIGH, Latent.ORIENTATION, SHARE_LOADING);
			case "foreign_licence_share", "pct_foreign_licence" ->
				share(i, FOREIGN_LICENCE_LOW, FOREIGN_LICENCE_HIGH, Latent.ORIENTATION, SHARE_LOADING);
			case "party_member_share" -> share(i, PARTY_MEMBER_LOW, PARTY_MEMBER_HIGH, Latent.SIZE, PARTY_LOADING);
			case "party_org_level" -> partyOrganisation(i);
			case "cross_appointment" -> yesNo(i, CROSS_APPOINTMENT_RATE);
			case "conflict_system" -> yesNo(i, CONFLICT_SYSTEM_RATE);
			case "iso27001" -> yesNo(i, ISO27001_RATE);
			case "iso9001" -> yesNo(i, ISO9001_RATE);
			case "chambers_band_score", "chambers_score" -> type.equals("number") || type.equals("count")
					? Optional.of(new SyntheticColumn(i, new ValueShape.Skewed(0, CHAMBERS_MAX, CHAMBERS_SKEW, true),
							Latent.STANDING, RANKING_LOADING, 0, i.plausibleRange(), List.of()))
					: Optional.empty();
			case "pro_bono_hours" -> type.equals("number")
					? Optional.of(new SyntheticColumn(i, ValueShape.LogNormal.between(PRO_BONO_P5, PRO_BONO_P95),
							Latent.STANDING, ADOPTION_LOADING, GenericShapes.decimals(i), i.plausibleRange(), List.of()))
					: Optional.empty();
			default -> Optional.empty();
		};
	}

	private static Optional<SyntheticColumn> core(Indicator i, Quantity quantity, String... types) {
		if (!List.of(types).contains(i.type().keyword())) {
			return Optional.empty();
		}
		int decimals = quantity.whole() ? 0 : GenericShapes.decimals(i);
		return Optional.of(new SyntheticColumn(i, new ValueShape.Core(quantity, 1), Latent.NONE, 0, decimals,
				i.plausibleRange(), List.of()));
	}

	private static Optional<SyntheticColumn> money(Indicator i, Quantity quantity) {
		IndicatorType.MoneyType money = (IndicatorType.MoneyType) i.type();
		return MoneyUnits.perYuan(money.currency(), i.unit()).map(factor -> new SyntheticColumn(i,
				new ValueShape.Core(quantity, factor), Latent.NONE, 0, factor == 1 ? 0 : 2, i.plausibleRange(), List.of()));
	}

	/** A percentage with these 5th and 95th percentiles. */
	private static Optional<SyntheticColumn> share(Indicator i, double p5, double p95, Latent latent, double loading) {
		return i.type().keyword().equals("percent") ? Optional.of(new SyntheticColumn(i, ValueShape.Share.percent(p5, p95),
				latent, loading, GenericShapes.decimals(i), i.plausibleRange(), List.of())) : Optional.empty();
	}

	private static Optional<SyntheticColumn> yesNo(Indicator i, double rate) {
		return i.type().keyword().equals("yesno") ? Optional.of(new SyntheticColumn(i, new ValueShape.YesNo(rate),
				Latent.STANDING, ADOPTION_LOADING, 0, i.plausibleRange(), List.of())) : Optional.empty();
	}

	/** D1.1's levels 0–4 (none … Party committee), mostly 3–4; other level sets take the generic rule. */
	private static Optional<SyntheticColumn> partyOrganisation(Indicator i) {
		if (!(i.type() instanceof IndicatorType.OrdinalType ordinal)
				|| !ordinal.levels().stream().map(Level::value).sorted().toList().equals(List.of(0.0, 1.0, 2.0, 3.0, 4.0))) {
			return Optional.empty();
		}
		List<Double> shares = Arrays.stream(PARTY_ORG_LEVEL_SHARES).boxed().toList();
		return Optional.of(new SyntheticColumn(i, new ValueShape.Levels(List.of(0.0, 1.0, 2.0, 3.0, 4.0), shares),
				Latent.SIZE, PARTY_LOADING, 0, i.plausibleRange(), List.of()));
	}

}
