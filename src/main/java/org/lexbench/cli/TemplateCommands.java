package org.lexbench.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.lexbench.files.LexbenchException;
import org.lexbench.files.Text;
import org.lexbench.firmdata.template.TemplateLanguage;
import org.lexbench.firmdata.template.TemplateResult;
import org.lexbench.firmdata.template.TemplateWriter;
import org.lexbench.indicator.LoadedSet;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** The command that makes the fill-in template firms return their data in. */
@Component
class TemplateCommands {

	/** Rows prepared when {@code --firms} is not given. */
	static final int DEFAULT_FIRMS = 200;

	static final int MOST_FIRMS = 10_000;

	private final Session session;

	TemplateCommands(Session session) {
		this.session = session;
	}

	@Command(name = "template", group = "data", description = "Write the fill-in template for a set",
			completionProvider = "setReferenceCompletion")
	public void template(CommandContext context, @Option(longName = "set") String set,
			@Option(longName = "lang") TemplateLanguage language,
			@Option(longName = "firms", defaultValue = "" + DEFAULT_FIRMS) Integer firms, @Option(longName = "out") String out) {
		LoadedSet loaded = set != null ? this.session.catalogue().resolve(set)
				: this.session.currentSet().orElseThrow(() -> LexbenchException.usage("use.needed", "template"));
		if (firms < 1 || firms > MOST_FIRMS) {
			throw LexbenchException.usage("cli.bad-value", "template", firms, "firms", Text.of("template.firms-range", MOST_FIRMS));
		}
		TemplateLanguage chosen = language != null ? language
				: TemplateLanguage.valueOf(this.session.language().code().toUpperCase(Locale.ROOT));
		Path target;
		if (out != null) {
			target = Path.of(out);
			if (!String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
				throw LexbenchException.usage("template.xlsx-only", out);
			}
		}
		else {
			target = OutputFolder.file("template-" + loaded.set().id() + "-" + chosen.name().toLowerCase(Locale.ROOT) + ".xlsx");
		}
		TemplateResult result = TemplateWriter.write(loaded.set(), chosen, firms, target, "lexbench " + Version.current());
		context.outputWriter().println(this.session.text("template.written", result.file(), loaded.set().id(),
				loaded.set().version(), result.indicatorColumns(), result.attributeColumns(), result.rows()));
		context.outputWriter().println(this.session.text("template.next", result.file().getParent() == null ? "."
				: result.file().getParent()));
	}

}
