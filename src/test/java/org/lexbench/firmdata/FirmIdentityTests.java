package org.lexbench.firmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FirmIdentityTests {

	/** The example code printed in GB 32100-2015 and widely used by validators. */
	static final String STANDARD_EXAMPLE = "91350100M000100Y43";

	@Test
	void creditCode_checkCharacterFollowsGb32100() {
		assertThat(CreditCode.valid(STANDARD_EXAMPLE)).isTrue();
		assertThat(CreditCode.checkCharacter(STANDARD_EXAMPLE)).isEqualTo('3');
		assertThat(CreditCode.valid("91350100M000100Y44")).isFalse();
		assertThat(CreditCode.valid("91350100M000100Y4")).isFalse();
		assertThat(CreditCode.valid("91350100M00O100Y43")).isFalse();
	}

	@Test
	void creditCode_isCleanedOfSpacesDashesAndFullWidthForms() {
		assertThat(CreditCode.clean(" ９１３５0100-m000100y43 ")).isEqualTo(STANDARD_EXAMPLE);
	}

	@Test
	void firmNames_ignoreWidthCaseSpacesPunctuationAndThePartnershipNote() {
		FirmNames names = FirmNames.PLAIN;

		assertThat(names.key("北京市金杜律师事务所（特殊的普通合伙）")).isEqualTo(names.key("北京市金杜律师事务所"));
		assertThat(names.key("Zhong Lun Law Firm")).isEqualTo(names.key("zhong-lun law firm."));
		assertThat(names.key("盈科律师事务所")).isNotEqualTo(names.key("盈科"));
	}

	@Test
	void aliasTable_mapsShortAndOldNamesToTheFirm() {
		FirmNames names = FirmNames.withAliases(Map.of("金杜", "北京市金杜律师事务所", "King & Wood", "北京市金杜律师事务所"));

		assertThat(names.key("金杜")).isEqualTo(names.key("北京市金杜律师事务所（特殊的普通合伙）"));
		assertThat(names.key("KING & WOOD")).isEqualTo(names.key("北京市金杜律师事务所"));
	}

}
