package org.lexbench.firmdata.synthetic;

import java.nio.file.Path;

/**
 * What a generation wrote: the file, its rows of data (firm-years), its indicator columns, the
 * indicator cells in all ({@code records × indicators}) and how many of them were left blank.
 */
public record GenerationResult(Path file, int records, int indicators, long cells, long missingCells) {

}
