/**
 * Web plumbing shared by every endpoint: strict JSON input ({@link fi.verme.app.platform.web.StrictInput}),
 * the one error mapping ({@link fi.verme.app.platform.web.Problems}, {@link fi.verme.app.platform.web.HttpProblem},
 * {@link fi.verme.app.platform.web.ProblemTexts}), read-your-writes and the views' barrier.
 */
package fi.verme.app.platform.web;
