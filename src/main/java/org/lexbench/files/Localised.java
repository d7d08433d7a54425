package org.lexbench.files;

/** Something that can be shown to a user in either of lexbench's languages. */
public interface Localised {

	String in(Language language);

}
