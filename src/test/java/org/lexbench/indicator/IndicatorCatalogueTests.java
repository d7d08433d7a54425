package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexbench.files.LexbenchException;

class IndicatorCatalogueTests {

	@Test
	void builtInIndex_namesExactlyTheSetFilesThePomPackages() throws IOException {
		String pom = Files.readString(Path.of("pom.xml"));
		List<String> packaged = java.util.regex.Pattern.compile("<include>([^<*]+\\.yaml)</include>").matcher(pom)
			.results().map(m -> m.group(1)).sorted().toList();

		assertThat(IndicatorCatalogue.builtInFiles().stream().sorted().toList()).isEqualTo(packaged);
		assertThat(packaged).allMatch(f -> Files.isRegularFile(Path.of("indicators", f)));
	}

	@Test
	void userFolderHoldingABuiltInFileAndAnOverride_usesTheOverride_inWhateverOrderTheyAreRead(@TempDir Path folder)
			throws IOException {
		Files.copy(Path.of("indicators/wang-4.yaml"), folder.resolve("wang-4.yaml"));
		Files.writeString(folder.resolve("a-override.yaml"), Files.readString(Path.of("indicators/wang-4.yaml"))
			.replace("version: \"1.0\"", "version: \"9\""));

		IndicatorCatalogue.Entry entry = IndicatorCatalogue.load(List.of(folder)).find("wang-4").orElseThrow();

		assertThat(entry.loaded().set().version()).isEqualTo("9");
		assertThat(entry.replaces()).hasValue(IndicatorCatalogue.BUILT_IN);
	}

	@Test
	void catalogue_withNoUserFolders_holdsTheThreeBuiltInSets() {
		IndicatorCatalogue catalogue = IndicatorCatalogue.load(List.of());

		assertThat(catalogue.ids()).containsExactly("cn-first-class-7", "wang-4", "global-reach");
		assertThat(catalogue.entries()).allMatch(e -> e.origin().equals(IndicatorCatalogue.BUILT_IN));
	}

	@Test
	void repositoryIndicatorsFolder_holdingTheBuiltInFiles_replacesNothing() {
		IndicatorCatalogue catalogue = IndicatorCatalogue.load(List.of(Path.of("indicators")));

		assertThat(catalogue.entries()).allMatch(e -> e.origin().equals(IndicatorCatalogue.BUILT_IN) && e.replaces().isEmpty());
	}

	@Test
	void userSetWithABuiltInId_replacesIt_andSaysSo(@TempDir Path folder) throws IOException {
		String edited = Files.readString(Path.of("indicators/wang-4.yaml")).replace("version: \"1.0\"", "version: \"1.1-local\"");
		Files.writeString(folder.resolve("wang-4.yaml"), edited);

		IndicatorCatalogue catalogue = IndicatorCatalogue.load(List.of(folder));

		IndicatorCatalogue.Entry entry = catalogue.find("wang-4").orElseThrow();
		assertThat(entry.loaded().set().version()).isEqualTo("1.1-local");
		assertThat(entry.origin()).isEqualTo(folder.resolve("wang-4.yaml").toString());
		assertThat(entry.replaces()).hasValue(IndicatorCatalogue.BUILT_IN);
	}

	@Test
	void brokenUserFile_isListedAsBroken_andHidesNothing(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("broken.yaml"), "id: x\nversion: \"1\"\n");

		IndicatorCatalogue catalogue = IndicatorCatalogue.load(List.of(folder));

		assertThat(catalogue.ids()).hasSize(3);
		assertThat(catalogue.broken()).singleElement().satisfies(b -> {
			assertThat(b.file()).isEqualTo(folder.resolve("broken.yaml"));
			assertThat(b.first()).isPresent();
		});
	}

	@Test
	void resolve_takesAnIdOrAFile_andNamesTheNearestIdOtherwise() {
		IndicatorCatalogue catalogue = IndicatorCatalogue.load(List.of());

		assertThat(catalogue.resolve("wang-4").set().id()).isEqualTo("wang-4");
		assertThat(catalogue.resolve("src/test/resources/fixtures/sets/minimal.yaml").set().id()).isEqualTo("minimal");
		assertThatThrownBy(() -> catalogue.resolve("wang4")).isInstanceOf(LexbenchException.class)
			.hasMessage("no indicator set or file “wang4” (did you mean “wang-4”?); sets: cn-first-class-7, wang-4, global-reach");
	}

}
