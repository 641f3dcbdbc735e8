/**
 * The small shared kernel: value types every module speaks in ({@link fi.verme.shared.ProgrammeYear}, and
 * the query for its title as people read it, {@link fi.verme.shared.FindProgrammeTitle}),
 * the contract of a refusal ({@link fi.verme.shared.Refusal}, {@link fi.verme.shared.ProblemType},
 * {@link fi.verme.shared.InvalidInputException}), {@link fi.verme.shared.MultiLine}, and what every long list speaks
 * (the {@link fi.verme.shared.Listing} asked for, the {@link fi.verme.shared.Page} answered, the
 * {@link fi.verme.shared.Table} exported), and how a module declares the handlers the application keeps in the
 * writing transaction ({@link fi.verme.shared.InTransaction}, {@link fi.verme.shared.ViewProcessors}). It lives in the
 * enrolment module's jar only because that module is the root every other depends on; it depends on
 * nothing but the JDK, and nothing here belongs to one module.
 */
package fi.verme.shared;
