package org.lexbench.firmdata.synthetic;

/** The latent trait of a firm an indicator follows, if any. */
enum Latent {

	NONE {
		@Override
		double of(SyntheticFirm firm) {
			return 0;
		}
	},
	SIZE {
		@Override
		double of(SyntheticFirm firm) {
			return firm.size();
		}
	},
	ORIENTATION {
		@Override
		double of(SyntheticFirm firm) {
			return firm.orientation();
		}
	},
	STANDING {
		@Override
		double of(SyntheticFirm firm) {
			return firm.standing();
		}
	};

	/** The firm's score on this trait, standard normal across firms. */
	abstract double of(SyntheticFirm firm);

}
