package org.lexbench.report.council;

import java.util.List;

import org.lexbench.files.Language;
import org.lexbench.files.Problem;
import org.lexbench.scoring.ScoreCard;

/**
 * What the council report is made of: one year's score, the import's problems, the charts to
 * show (already drawn), the language, and the version of lexbench that made it.
 *
 * @param maxRankingRows how many ranked firms the ranking table lists; the rest are in the workbook
 */
public record CouncilInput(ScoreCard card, List<Problem> problems, List<ChartPicture> charts, Language language,
		String lexbench, int maxRankingRows) {

	public CouncilInput {
		problems = List.copyOf(problems);
		charts = List.copyOf(charts);
	}

}
