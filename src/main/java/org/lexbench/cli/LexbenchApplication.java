package org.lexbench.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lexbench.files.Language;
import org.lexbench.files.LexbenchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * The lexbench shell: {@code lexbench} starts it interactively, {@code lexbench COMMAND …} runs
 * one command, {@code lexbench @FILE} a script. Start-up is kept short: no auto-configuration (the
 * few Spring Shell parts lexbench uses — command model, registry, completion, tables, JLine — are
 * wired here), no classpath scanning, beans created on demand, and in interactive mode the
 * terminal opens on a background thread while the context starts.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@Import({ SetCommands.class, DataCommands.class, TemplateCommands.class, GenerateCommands.class, ScoringCommands.class,
		SessionCommands.class, ReplayCommands.class, ScorecardCommands.class, ExportCommands.class, ChartCommands.class, ReportCommands.class,
		RunCommands.class, CompareCommands.class, VariantsCommands.class, AuditCommands.class })
public class LexbenchApplication {

	public static void main(String[] args) {
		System.exit(run(args, Console.system(), System.getenv()));
	}

	/** Runs lexbench with {@code args} on {@code console}; returns the exit status. */
	static int run(String[] args, Console console, Map<String, String> environment) {
		GlobalOptions options;
		try {
			options = GlobalOptions.parse(args, environment);
		}
		catch (LexbenchException usage) {
			console.err().println(usage.text().in(Language.fromEnvironment(environment)));
			return ExitStatuses.of(usage.failure());
		}
		SpringApplication application = new SpringApplication(LexbenchApplication.class);
		application.setAddCommandLineProperties(false);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("logging.level.root", options.debug() ? "warn" : "off");
		application.setDefaultProperties(properties);
		InteractiveTerminal terminal = options.command().isEmpty() && console.terminal() ? InteractiveTerminal.open() : null;
		application.addInitializers(context -> {
			context.getBeanFactory().registerSingleton("globalOptions", options);
			context.getBeanFactory().registerSingleton("console", console);
			if (terminal != null) {
				context.getBeanFactory().registerSingleton("interactiveTerminal", terminal);
			}
		});
		try (ConfigurableApplicationContext context = application.run(options.command().toArray(String[]::new))) {
			return context.getBean(ShellRunner.class).exitStatus();
		}
		catch (RuntimeException | LinkageError failure) {
			console.err().println("lexbench: " + Dispatcher.unwrap(failure));
			if (options.debug()) {
				failure.printStackTrace(console.err());
			}
			console.err().flush();
			return ExitStatuses.UNEXPECTED;
		}
	}

	@Bean
	Session session(GlobalOptions options, Console console) {
		return new Session(options.language(), options.debug(), console.width(), options.clock());
	}

	@Bean
	CommandDirectory commandDirectory(ApplicationContext context) {
		return new CommandDirectory(context);
	}

	/** Spring Shell's registry, filled without scanning the classpath. */
	@Bean
	CommandRegistry commandRegistry(CommandDirectory directory) {
		return directory.registry();
	}

	/** Picked up by Spring Shell when it builds each command. */
	@Bean
	ShellConversions shellConversions() {
		return new ShellConversions();
	}

	@Bean
	LazyValidator lazyValidator() {
		return new LazyValidator();
	}

	@Bean
	CommandLine commandLine(CommandDirectory directory, ShellConversions conversions) {
		return new CommandLine(directory, conversions);
	}

	@Bean
	HelpText helpText(CommandDirectory directory, Session session) {
		return new HelpText(directory, session);
	}

	@Bean
	Dispatcher dispatcher(CommandLine commandLine, CommandDirectory directory, Session session, HelpText help) {
		return new Dispatcher(commandLine, directory, session, help);
	}

	/** Replaces Spring Shell's runner (see {@link ShellRunner}). */
	@Bean
	ShellRunner shellRunner(GlobalOptions options, Console console, Dispatcher dispatcher, Session session,
			ObjectProvider<InteractiveTerminal> terminal, ObjectProvider<LocalisedCompleter> completer) {
		return new ShellRunner(options, console, dispatcher, session, terminal, completer);
	}

	/** TAB completion: localised descriptions, two-word commands. */
	@Bean
	LocalisedCompleter localisedCompleter(CommandDirectory directory, Session session) {
		return new LocalisedCompleter(directory, session);
	}

	@Bean
	CompletionProvider setReferenceCompletion(Session session) {
		return Completions.setReferences(session);
	}

	@Bean
	CompletionProvider commandNameCompletion(ObjectProvider<CommandDirectory> directory, Session session) {
		return context -> Completions.commandNames(directory.getObject(), session).apply(context);
	}

}
