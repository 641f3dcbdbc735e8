package fi.verme.verifier;

import java.util.List;

/** What the verifier found ({@code findings}, none when intact) and how many chained events it accepted. */
public record Verification(List<Finding> findings, long checked) {

    public boolean intact() {
        return findings.isEmpty();
    }
}
