package org.lexbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package arrows of DESIGN.md, checked on the compiled code:
 * cli → report → analysis → scoring → firmdata → indicator → files, each package using only
 * those to its right (cli may use all, all may use files); frameworks confined to their package.
 */
@AnalyzeClasses(packages = "org.lexbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule packagesDependOnlyAlongTheArrows = layeredArchitecture()
		.consideringOnlyDependenciesInLayers()
		.withOptionalLayers(true)
		.layer("cli").definedBy("org.lexbench.cli..")
		.layer("report").definedBy("org.lexbench.report..")
		.layer("analysis").definedBy("org.lexbench.analysis..")
		.layer("scoring").definedBy("org.lexbench.scoring..")
		.layer("firmdata").definedBy("org.lexbench.firmdata..")
		.layer("indicator").definedBy("org.lexbench.indicator..")
		.layer("files").definedBy("org.lexbench.files..")
		.whereLayer("cli").mayNotBeAccessedByAnyLayer()
		.whereLayer("report").mayOnlyBeAccessedByLayers("cli")
		.whereLayer("analysis").mayOnlyBeAccessedByLayers("report", "cli")
		.whereLayer("scoring").mayOnlyBeAccessedByLayers("analysis", "report", "cli")
		.whereLayer("firmdata").mayOnlyBeAccessedByLayers("scoring", "analysis", "report", "cli")
		.whereLayer("indicator").mayOnlyBeAccessedByLayers("firmdata", "scoring", "analysis", "report", "cli");

	@ArchTest
	static final ArchRule springAndJLineOnlyInCli = noClasses().that().resideOutsideOfPackage("org.lexbench.cli..")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jline..");

	@ArchTest
	static final ArchRule poiOnlyWhereSpreadsheetsAreReadOrWritten = noClasses().that()
		.resideOutsideOfPackages("org.lexbench.files..", "org.lexbench.indicator..", "org.lexbench.firmdata..",
				"org.lexbench.report..")
		.should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

	@ArchTest
	static final ArchRule jfreeChartOnlyInReport = noClasses().that().resideOutsideOfPackage("org.lexbench.report..")
		.should().dependOnClassesThat().resideInAPackage("org.jfree..");

	@ArchTest
	static final ArchRule yamlParserOnlyInIndicator = noClasses().that().resideOutsideOfPackage("org.lexbench.indicator..")
		.should().dependOnClassesThat().resideInAPackage("org.snakeyaml..");

	@ArchTest
	static final ArchRule scoringAndAnalysisUseNoFrameworkTypes = classes().that()
		.resideInAnyPackage("org.lexbench.scoring..", "org.lexbench.analysis..")
		.should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.lexbench..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule filesHoldsNoDomainTypes = noClasses().that().resideInAPackage("org.lexbench.files..")
		.should().dependOnClassesThat().resideInAnyPackage("org.lexbench.indicator..", "org.lexbench.firmdata..",
				"org.lexbench.scoring..", "org.lexbench.analysis..", "org.lexbench.report..", "org.lexbench.cli..");

	@ArchTest
	static final ArchRule noGrabBagNames = noClasses().should().haveSimpleNameEndingWith("Util")
		.orShould().haveSimpleNameEndingWith("Utils").orShould().haveSimpleNameEndingWith("Helper")
		.orShould().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Impl");

}
