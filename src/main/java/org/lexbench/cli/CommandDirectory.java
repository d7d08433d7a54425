package org.lexbench.cli;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

/**
 * Every lexbench command: the {@code @Command} methods of the beans in this package, registered
 * with Spring Shell, plus what Spring Shell 4.0.1 does not keep — how many arguments each takes
 * (from its {@code @Argument} parameters) and its group — so the parser can refuse a wrong command
 * line and help can describe it. Built once, without scanning the classpath.
 */
final class CommandDirectory {

	/** One command: its name, group, options, and how many positional arguments it accepts. */
	record Spec(String name, String group, Command command, List<CommandOption> options, int minArguments,
			int maxArguments) {

		static final int UNLIMITED = Integer.MAX_VALUE;

		Optional<CommandOption> option(String longName) {
			return this.options.stream().filter(o -> longName.equals(o.longName())).findFirst();
		}

		Optional<CommandOption> option(char shortName) {
			return this.options.stream().filter(o -> o.shortName() == shortName).findFirst();
		}

		/** The message key of this command's texts: {@code cmd.set.show}. */
		String key() {
			return "cmd." + this.name.replace(' ', '.');
		}

	}

	private final Map<String, Spec> specs = new LinkedHashMap<>();

	private final Map<String, Spec> aliases = new LinkedHashMap<>();

	private final CommandRegistry registry = new CommandRegistry();

	CommandDirectory(ApplicationContext context) {
		for (String beanName : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(beanName);
			if (type == null || !type.getPackageName().equals(CommandDirectory.class.getPackageName())) {
				continue;
			}
			Map<Method, Boolean> methods = MethodIntrospector.selectMethods(type,
					(MethodIntrospector.MetadataLookup<Boolean>) m -> AnnotatedElementUtils.hasAnnotation(m,
							org.springframework.shell.core.command.annotation.Command.class) ? Boolean.TRUE : null);
			for (Method method : methods.keySet()) {
				CommandFactoryBean factory = new CommandFactoryBean(method);
				factory.setApplicationContext(context);
				Command command = factory.getObject();
				this.registry.registerCommand(command);
				Spec spec = spec(method, command);
				this.specs.put(command.getName(), spec);
				command.getAliases().forEach(alias -> this.aliases.put(alias, spec));
			}
		}
	}

	private static Spec spec(Method method, Command command) {
		int min = 0;
		int max = 0;
		for (Parameter p : method.getParameters()) {
			Argument argument = p.getAnnotation(Argument.class);
			if (argument != null) {
				max = Math.max(max, argument.index() + 1);
				if (argument.defaultValue().isEmpty()) {
					min = Math.max(min, argument.index() + 1);
				}
			}
			if (p.getAnnotation(Arguments.class) != null) {
				max = Spec.UNLIMITED;
			}
			if (p.getAnnotation(Option.class) != null && p.getType().isPrimitive()) {
				throw new IllegalStateException("option " + p.getName() + " of " + method
						+ " is primitive; Spring Shell 4.0.1 ignores primitive defaults, use a boxed type");
			}
		}
		return new Spec(command.getName(), command.getGroup(), command, List.copyOf(command.getOptions()), min, max);
	}

	CommandRegistry registry() {
		return this.registry;
	}

	Optional<Spec> find(String name) {
		Spec spec = this.specs.get(name);
		return Optional.ofNullable(spec != null ? spec : this.aliases.get(name));
	}

	/** The order groups are listed in; the pipeline's order, the session last. */
	static final List<String> GROUPS = List.of("sets", "data", "scoring", "benchmarking", "robustness", "reports",
			"session");

	/** All commands, by group and then name. */
	List<Spec> all() {
		List<Spec> all = new ArrayList<>(this.specs.values());
		all.sort(Comparator.comparingInt((Spec s) -> GROUPS.indexOf(s.group()) < 0 ? GROUPS.size() : GROUPS.indexOf(s.group()))
			.thenComparing(Spec::name));
		return all;
	}

	/** Command names, longest first, so {@code set show} is matched before a command named {@code set}. */
	List<String> namesLongestFirst() {
		List<String> names = new ArrayList<>(this.specs.keySet());
		names.addAll(this.aliases.keySet());
		names.sort(Comparator.comparingInt((String n) -> n.split(" ").length).reversed().thenComparing(n -> n));
		return names;
	}

}
