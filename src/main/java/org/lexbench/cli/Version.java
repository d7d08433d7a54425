package org.lexbench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** lexbench's version, from the build information Maven packs into the jar. */
final class Version {

	private Version() {
	}

	static String current() {
		try (InputStream in = Version.class.getClassLoader().getResourceAsStream("META-INF/build-info.properties")) {
			if (in != null) {
				Properties p = new Properties();
				p.load(in);
				return p.getProperty("build.version", "dev");
			}
		}
		catch (IOException unreadable) {
			return "dev";
		}
		return "dev";
	}

}
