package nl.onderop.matching.engine;

/** A feasible candidate that was not chosen for a seeker, with the pair's total score. */
public record Alternative(String candidateId, int totalScore) {
}
