using Festival.Domain.Results;

namespace Festival.Application.Results;

public static class ResultErrors
{
    // One answer for "no such entry" and "not in your sessions": an adjudicator learns nothing about other sessions.
    public static Error EntryNotFound(int entryId) => Error.NotFound("entry_not_found", $"There is no entry {entryId} in your sessions.");

    public static Error DocumentNotFound(int entryId) => Error.NotFound("document_not_found", $"There is no such document of entry {entryId} for you.");

    public static Error ClassNotFound(int classId) => Error.NotFound("class_not_found", $"There is no class {classId} in your sessions.");

    public static Error SessionNotFound(int sessionId) => Error.NotFound("session_not_found", $"There is no session {sessionId} among your sessions.");

    public static Error Submitted(string classCode) =>
        Error.Conflict("results_submitted", $"The results of class {classCode} were submitted; only festival staff can change them now.");

    public static Error Stale(long keptVersion) =>
        Error.Conflict("stale_version", $"This result has changed since (version {keptVersion} is kept): reload it to see the latest.", "Version");

    public static Error VersionInvalid => Error.Validation("Version", "version_invalid", "A save carries a version of 1 or more.");

    public static Error Mark(string problem) => Error.Validation("Mark", "mark_invalid", problem);

    public static Error CommentsTooLong => Error.Validation("Comments", "comments_too_long", $"Comments are at most {EntryResult.MaxCommentsLength} characters.");

    public static Error Recommendation(string problem) => Error.Validation("Recommendation", "recommendation_invalid", problem);

    public static Error Placements(IEnumerable<string> problems) =>
        Error.Validation("Placements", "placements_invalid", string.Join(" ", problems));

    public static Error NotInClass(int entryId, string classCode) =>
        Error.Validation("Placements", "entry_not_in_class", $"Entry {entryId} is not in class {classCode}.");

    public static Error Unmarked(string classCode, string performers) =>
        Error.Conflict("results_incomplete", $"{performers} in class {classCode} has no mark: give one, or record that they did not appear.");

    public static Error InvalidPlacementsAt(string classCode, IEnumerable<string> problems) =>
        Error.Conflict("placements_invalid", $"Class {classCode}: {string.Join(" ", problems)}");

    public static Error NotSubmitted(string classCode) =>
        Error.Conflict("results_not_submitted", $"The results of class {classCode} have not been submitted yet.");

    public static Error NothingToPublish => Error.Conflict("nothing_to_publish", "There are no submitted results waiting to be published.");

    public static Error Scale(string problem) => Error.Validation("Scale", "scale_invalid", problem);

    public static Error CertificateBand(string problem) => Error.Validation("CertificateBand", "certificate_band_invalid", problem);

    public static Error Award(string field, string problem) => Error.Validation(field, "award_invalid", problem);

    public static Error AwardNameTaken(string name) =>
        Error.Validation("Name", "award_name_taken", $"This season already has an award named '{name}': give each award its own name.");

    public static Error AwardNotFound(string name) => Error.NotFound("award_not_found", $"This season has no award named '{name}'.");

    public static Error AwardNotTied(string name) =>
        Error.Conflict("award_not_tied", $"'{name}' is not tied (any more): there is no tie to decide. Reload the page to see who it goes to.");

    public static Error NotATiedWinner(string name, int entryId) =>
        Error.Conflict("not_a_tied_winner", $"Entry {entryId} is not one of the tied winners of '{name}' (any more): choose one of those the page shows now.", "EntryId");

    public static Error MinimumInvalid => Error.Validation("MinimumEntriesForPlacements", "minimum_invalid", "The minimum number of entries is 0 or more.");

    public static Error PhraseInvalid =>
        Error.Validation("Text", "phrase_invalid", $"A phrase has 1 to {AdjudicatorPhrase.MaxTextLength} characters.");

    public static Error PhraseNotFound(int id) => Error.NotFound("phrase_not_found", $"There is no phrase {id} among yours.");
}
