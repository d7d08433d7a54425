package org.lexbench.scoring;

/**
 * How firms with equal scores share ranks, rank 1 being the best: competition "1, 2, 2, 4", dense
 * "1, 2, 2, 3" or fractional "1, 2.5, 2.5, 4".
 */
public enum TieRule {

	/** Standard competition ranking, R's {@code ties.method = "min"} as COINr ranks: a tie takes the best position of its group. */
	COMPETITION {
		@Override
		double rank(int first, int last, int groupsAhead) {
			return first;
		}
	},

	/** Dense ranking: each group of equal scores takes the next whole rank, leaving no gaps. */
	DENSE {
		@Override
		double rank(int first, int last, int groupsAhead) {
			return groupsAhead + 1;
		}
	},

	/** Fractional ranking, R's {@code ties.method = "average"}: a tie takes the mean of the positions it spans. */
	FRACTIONAL {
		@Override
		double rank(int first, int last, int groupsAhead) {
			return (first + (double) last) / 2;
		}
	};

	/**
	 * The rank shared by a group of equal scores occupying positions {@code first..last} (1-based,
	 * best first), with {@code groupsAhead} groups of better scores before it.
	 */
	abstract double rank(int first, int last, int groupsAhead);

}
