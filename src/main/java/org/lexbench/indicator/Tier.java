package org.lexbench.indicator;

import java.util.OptionalDouble;

/**
 * A tier of the composite: firms scoring at least {@code min}, or within the {@code top} share of
 * ranked firms (0.1 = top 10%). The last tier of a set may have neither and then takes the rest.
 */
public record Tier(String id, Bilingual name, OptionalDouble min, OptionalDouble top) {

	public Tier {
		if (id == null || !Ids.TIER.matcher(id).matches()) {
			throw new IllegalArgumentException("tier id must match " + Ids.TIER + ", got " + id);
		}
		if (min.isPresent() && top.isPresent()) {
			throw new IllegalArgumentException("tier " + id + " has both min and top");
		}
		if (min.isPresent() && !Double.isFinite(min.getAsDouble())) {
			throw new IllegalArgumentException("tier " + id + " min must be finite");
		}
		if (top.isPresent() && !(top.getAsDouble() > 0 && top.getAsDouble() <= 1)) {
			throw new IllegalArgumentException("tier " + id + " top must be in (0, 1], got " + top.getAsDouble());
		}
	}

	/** Whether this tier takes every firm the tiers above did not. */
	public boolean catchAll() {
		return this.min.isEmpty() && this.top.isEmpty();
	}

}
