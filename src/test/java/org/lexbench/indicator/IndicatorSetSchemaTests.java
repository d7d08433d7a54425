package org.lexbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

/**
 * The JSON Schema editors use (indicators/schema/) must agree with the loader: every set the
 * loader accepts is valid against it, and every structural mistake the loader refuses is refused
 * by it too. (Cross-references — unique ids, denominators, tier order — are the loader's alone.)
 */
class IndicatorSetSchemaTests {

	static final Path SCHEMA = Path.of("indicators/schema/indicator-set.schema.json");

	static List<Error> validate(String yaml) throws IOException {
		SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012());
		Schema schema = registry.getSchema(Files.readString(SCHEMA), InputFormat.JSON);
		return schema.validate(yaml, InputFormat.YAML);
	}

	@ParameterizedBuiltIn
	void builtInSet_isValidAgainstTheSchema(String id) throws IOException {
		assertThat(validate(Files.readString(Path.of("indicators", id + ".yaml")))).isEmpty();
	}

	@Test
	void exportedYaml_ofTheAsemTable_isValidAgainstTheSchema() throws IOException {
		String yaml = SetYamlWriter.toYaml(IndicatorSetLoader.load(CoinrTableTests.ASEM).set());

		assertThat(validate(yaml)).isEmpty();
	}

	@Test
	void minimalFixture_isValid() throws IOException {
		assertThat(validate(Files.readString(Path.of("src/test/resources/fixtures/sets/minimal.yaml")))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"colour: blue",
			"dimensions: [{id: d, name: D, children: [{id: a, name: A, type: counts}]}]",
			"dimensions: [{id: d, name: D, children: [{id: a, name: A, type: ordinal}]}]",
			"dimensions: [{id: d, name: D, children: [{id: a, name: A, type: number, direction: target}]}]",
			"dimensions: [{id: d, name: D, children: [{id: a, name: A, type: count, weight: -1}]}]",
			"dimensions: [{id: d, name: D, children: []}]",
			"dimensions: [{id: d, name: D, children: [{id: a, name: A, type: count, wieght: 1}]}]",
			"dimensions: [{id: d, name: D, type: count, children: [{id: a, name: A, type: count}]}]",
			"method: {normalise: minmx}",
			"method: {aggregate: {method: vikor, v: 2}}",
			"tiers: [{id: a, min: 1, top: 10%}]",
			"currency: yuan" })
	void structuralMistake_isRefusedByTheSchemaAsByTheLoader(String mistake) throws IOException {
		String yaml = "id: t\nversion: \"1\"\nname: T\n" + (mistake.startsWith("dimensions") ? mistake + "\n"
				: mistake + "\ndimensions: [{id: d, name: D, weight: 1, children: [{id: a, name: A, type: count, weight: 1}]}]\n");

		assertThat(validate(yaml)).isNotEmpty();
		assertThat(SetFixtures.problems(yaml)).isNotEmpty();
	}

}
