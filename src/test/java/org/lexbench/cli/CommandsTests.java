package org.lexbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexbench.files.Language;
import org.lexbench.files.MessageCatalogue;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The command set as a whole: texts in both languages, completion, the guard on option types. */
class CommandsTests {

	static AnnotationConfigApplicationContext context;

	@BeforeAll
	static void start() {
		context = new AnnotationConfigApplicationContext();
		context.getBeanFactory().registerSingleton("globalOptions", new GlobalOptions(Language.EN, false, List.of(), java.time.Clock.systemUTC()));
		context.getBeanFactory().registerSingleton("console",
				new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), new StringReader(""), false, 0));
		context.register(LexbenchApplication.class);
		context.refresh();
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@Test
	void everyCommandAndOption_isDescribedInBothLanguages() {
		CommandDirectory directory = context.getBean(CommandDirectory.class);
		List<String> missing = new ArrayList<>();
		for (CommandDirectory.Spec spec : directory.all()) {
			List<String> keys = new ArrayList<>(List.of(spec.key(), spec.key() + ".usage", "group." + spec.group()));
			for (CommandOption option : spec.options()) {
				keys.add(spec.key() + ".opt." + option.longName());
				assertThat(MessageCatalogue.pattern(spec.key() + ".usage", Language.EN)).as(spec.name())
					.contains("--" + option.longName());
			}
			for (String key : keys) {
				for (Language language : Language.values()) {
					if (MessageCatalogue.pattern(key, language).equals(key)) {
						missing.add(language.code() + ":" + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(directory.all()).extracting(CommandDirectory.Spec::name).contains("sets", "set show", "set check",
				"set use", "set export", "set schema", "version", "help", "lang", "demo", "quit");
	}

	@Test
	void completion_proposesCommandNamesThenSubcommandsWithLocalisedDescriptions() {
		assertThat(complete("se")).extracting(Candidate::value).contains("set", "sets");
		assertThat(complete("set sh")).extracting(Candidate::value).containsExactly("show");
		assertThat(complete("set sh")).extracting(Candidate::descr).first().asString().startsWith("Show a set’s tree");
	}

	@Test
	void completion_proposesOptionsAndSetIds() {
		assertThat(complete("set show wang-4 --")).extracting(Candidate::value).containsExactly("--nodes", "--depth");
		assertThat(complete("set show gl")).extracting(Candidate::value).contains("global-reach");
		assertThat(complete("set export wang-4 --format ")).extracting(Candidate::value).containsExactly("yaml", "coinr");
		assertThat(complete("set show indicators/wa")).extracting(Candidate::value).contains("indicators/wang-4.yaml");
	}

	@Test
	void primitiveOption_isRefusedWhenCommandsAreRegistered_becauseItsDefaultWouldBeLost() {
		assertThatThrownBy(() -> {
			try (AnnotationConfigApplicationContext bad = new AnnotationConfigApplicationContext()) {
				bad.register(PrimitiveOptionCommand.class);
				bad.refresh();
				new CommandDirectory(bad);
			}
		}).isInstanceOf(IllegalStateException.class).hasMessage("option runs of public void org.lexbench.cli.CommandsTests$PrimitiveOptionCommand.run(int)"
				+ " is primitive; Spring Shell 4.0.1 ignores primitive defaults, use a boxed type");
	}

	private static List<Candidate> complete(String line) {
		ParsedLine parsed = new DefaultParser().parse(line, line.length());
		List<Candidate> candidates = new ArrayList<>();
		context.getBean(LocalisedCompleter.class).complete(null, parsed, candidates);
		return candidates;
	}

	/** A command whose option has a primitive type: what Spring Shell 4.0.1 gets wrong. */
	@Component
	static class PrimitiveOptionCommand {

		@Command(name = "run")
		public void run(@Option(longName = "runs", defaultValue = "1000") int runs) {
		}

	}

}
