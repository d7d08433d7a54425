package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.jline.tui.table.ArrayTableModel;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.TableBuilder;

class ConsoleTableTests {

	static final List<ConsoleTable.Column> COLUMNS = List.of(ConsoleTable.Column.text("律所", 3),
			ConsoleTable.Column.number("Lawyers", 2));

	static final List<List<String>> ROWS = List.of(List.of("金杜律师事务所", "3000"), List.of("Zhong Lun", "1436"),
			List.of("盈科 Yingke", "11390"));

	@Test
	void chineseTable_hasEveryLineTheSameWidthOnScreen() {
		String table = ConsoleTable.render(COLUMNS, ROWS, 0).text();

		assertThat(table.lines().map(DisplayWidth::of).distinct()).hasSize(1);
		assertThat(table).contains("│ 金杜律师事务所 │    3000 │");
	}

	/** Documents the Spring Shell 4.0.1 bug this class works around (fixed upstream in 4.0.2, #1223). */
	@Test
	void springShellsOwnTable_misalignsChinese_whichIsWhyThisOneExists() {
		String[][] data = { { "律所", "Lawyers" }, ROWS.get(0).toArray(new String[0]) };
		TableBuilder stock = new TableBuilder(new ArrayTableModel(data));
		stock.addFullBorder(BorderStyle.fancy_light);

		String table = stock.build().render(80);

		assertThat(table.lines().map(DisplayWidth::of).distinct()).hasSizeGreaterThan(1);
	}

	@Test
	void narrowTerminal_wrapsTextColumnsAtSpacesOrBetweenChineseCharacters_andStaysAligned() {
		List<List<String>> rows = List.of(List.of("国际化先进律师事务所的综合实力和品牌号召力非常强", "1"),
				List.of("International first-class law firm framework", "2"));

		String table = ConsoleTable.render(COLUMNS, rows, 30).text();

		assertThat(table.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(30));
		assertThat(table.lines().map(DisplayWidth::of).distinct()).hasSize(1);
		assertThat(table).contains("│ International    │       2 │", "│ first-class law  │         │", "│ 国际化先进律师事 │       1 │",
				"│ 务所的综合实力和 │         │");
	}

	@Test
	void wrappedTreeNames_keepTheirGuideLines() {
		List<ConsoleTable.Column> columns = List.of(ConsoleTable.Column.text("node", 2), ConsoleTable.Column.fixed("id", 1));
		List<List<String>> rows = List.of(List.of("├─\u00A0First-class foreign-related legal talent", "talent"),
				List.of("│\u00A0\u00A0└─\u00A0Lawyers in national talent pools", "pool"));

		String table = ConsoleTable.render(columns, rows, 34).text();

		assertThat(table.lines().map(String::strip)).contains(
				"│ ├─\u00A0First-class        │ talent │",
				"│ │\u00A0\u00A0foreign-related    │        │",
				"│ │\u00A0\u00A0└─\u00A0Lawyers in      │ pool   │",
				"│ │\u00A0\u00A0\u00A0\u00A0\u00A0national talent │        │");
	}

	@Test
	void terminalTooNarrowForEveryColumn_leavesOutTheLeastImportant_andSaysWhich() {
		List<ConsoleTable.Column> columns = List.of(ConsoleTable.Column.text("name", 9), ConsoleTable.Column.fixed("identifier", 8),
				ConsoleTable.Column.fixed("a rather long unimportant column", 1));
		List<List<String>> rows = List.of(List.of("Zhong Lun Law Firm", "zhong_lun", "x"));

		ConsoleTable.Rendering r = ConsoleTable.render(columns, rows, 40);

		assertThat(r.hidden()).containsExactly("a rather long unimportant column");
		assertThat(r.text().lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(40));
		assertThat(r.text()).contains("zhong_lun");
	}

	@Test
	void fixedColumns_neverWrap() {
		List<ConsoleTable.Column> columns = List.of(ConsoleTable.Column.text("name", 2), ConsoleTable.Column.fixed("id", 1));
		List<List<String>> rows = List.of(List.of("a name that can wrap here and there", "revenue_per_lawyer"));

		String table = ConsoleTable.render(columns, rows, 40).text();

		assertThat(table).contains("revenue_per_lawyer");
	}

	@Test
	void displayWidth_countsChineseAsTwoColumns() {
		assertThat(DisplayWidth.of("金杜 KWM")).isEqualTo(8);
		assertThat(DisplayWidth.truncate("金杜律师事务所", 7)).isEqualTo("金杜律…");
	}

}
