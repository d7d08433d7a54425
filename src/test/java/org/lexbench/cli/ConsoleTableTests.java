package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.shell.jline.tui.table.ArrayTableModel;
import org.springframework.shell.jline.tui.table.BorderStyle;
import org.springframework.shell.jline.tui.table.TableBuilder;

class ConsoleTableTests {

	static final List<String> HEADER = List.of("律所", "Lawyers");

	static final List<List<String>> ROWS = List.of(List.of("金杜律师事务所", "3000"), List.of("Zhong Lun", "1436"),
			List.of("盈科 Yingke", "11390"));

	@Test
	void chineseTable_hasEveryLineTheSameWidthOnScreen() {
		String table = ConsoleTable.render(HEADER, ROWS, 0, Set.of(1));

		assertThat(table.lines().map(DisplayWidth::of).distinct()).hasSize(1);
		assertThat(table).contains("│ 金杜律师事务所 │    3000 │");
	}

	/** Documents the Spring Shell 4.0.1 bug this class works around (fixed upstream in 4.0.2, #1223). */
	@Test
	void springShellsOwnTable_misalignsChinese_whichIsWhyThisOneExists() {
		String[][] data = { HEADER.toArray(new String[0]), ROWS.get(0).toArray(new String[0]) };
		TableBuilder stock = new TableBuilder(new ArrayTableModel(data));
		stock.addFullBorder(BorderStyle.fancy_light);

		String table = stock.build().render(80);

		assertThat(table.lines().map(DisplayWidth::of).distinct()).hasSizeGreaterThan(1);
	}

	@Test
	void narrowTerminal_wrapsLongCellsAndKeepsLinesAligned() {
		List<List<String>> rows = List.of(List.of("国际化先进律师事务所的综合实力和品牌号召力非常强", "1"));

		String table = ConsoleTable.render(HEADER, rows, 30, Set.of());

		assertThat(table.lines()).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(30));
		assertThat(table.lines().map(DisplayWidth::of).distinct()).hasSize(1);
		assertThat(table.lines().count()).isGreaterThan(5);
	}

	@Test
	void displayWidth_countsChineseAsTwoColumns() {
		assertThat(DisplayWidth.of("金杜 KWM")).isEqualTo(8);
		assertThat(DisplayWidth.truncate("金杜律师事务所", 7)).isEqualTo("金杜律…");
	}

}
