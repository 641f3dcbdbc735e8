/**
 * Web plumbing shared by every endpoint: strict JSON input ({@link fi.verme.app.platform.web.StrictInput}),
 * the one error mapping ({@link fi.verme.app.platform.web.Problems}, {@link fi.verme.app.platform.web.HttpProblem},
 * {@link fi.verme.app.platform.web.ProblemTexts}), read-your-writes and the views' barrier, and how a long list goes
 * out: a page as a plain array with its total and links ({@link fi.verme.app.platform.web.PageAnswers}), a table as
 * CSV for Excel in Finland ({@link fi.verme.app.platform.web.CsvTables}).
 */
package fi.verme.app.platform.web;
