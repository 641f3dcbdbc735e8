package fi.verme.compensation.domain;

import fi.verme.compensation.api.CompensationRules;
import fi.verme.shared.ProgrammeYear;
import java.util.Optional;

/** What the compensation rules consult, consistent with the events of the current transaction. */
public interface Directory {

    /** The programme year's rules in force and their version (counted from 1), once they are set. */
    Optional<RulesInForce> rulesInForce(ProgrammeYear programmeYear);

    default Optional<CompensationRules> rules(ProgrammeYear programmeYear) {
        return rulesInForce(programmeYear).map(RulesInForce::rules);
    }

    boolean mentorExists(String mentorId);

    /**
     * The organiser a mentor belongs to (whose coordinator registered them); empty for a mentor
     * registered before mentors belonged to an organiser, or for an unknown mentor.
     */
    Optional<String> organiserOfMentor(String mentorId);

    /** The person a mentor is in the person register; empty for an unknown mentor. */
    Optional<String> personOfMentor(String mentorId);

    /** Whether the mentor is one of the group's mentors. */
    boolean leadsGroup(String mentorId, String groupId);

    /** Whether the mentor is a mentor of any group of the programme year. */
    boolean leadsGroupIn(String mentorId, ProgrammeYear programmeYear);

    /** The employer of a person enrolled in the programme year, as their enrolment names it; empty if not enrolled. */
    Optional<String> employerOfParticipant(String personId, ProgrammeYear programmeYear);

    /** The programme year of a group, if the group exists. */
    Optional<ProgrammeYear> yearOfGroup(String groupId);

    record RulesInForce(int version, CompensationRules rules) {
    }
}
