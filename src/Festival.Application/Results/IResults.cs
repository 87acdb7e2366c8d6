using Festival.Domain.Results;

namespace Festival.Application.Results;

/// <summary>An entry as results need it: its class and season, and how to name it in messages.</summary>
public sealed record ResultTarget(int EntryId, int SeasonId, int ClassId, string ClassCode, string Performers);

/// <summary>The results tables: entry results, class results, each season's rules, adjudicators' phrases.</summary>
public interface IResults
{
    Task<ResultTarget?> FindTargetAsync(int entryId, CancellationToken cancellationToken);

    /// <summary>Every entry of a class, in entry order.</summary>
    Task<IReadOnlyList<ResultTarget>> ClassEntriesAsync(int classId, CancellationToken cancellationToken);

    Task<EntryResult?> FindAsync(int entryId, CancellationToken cancellationToken);

    Task<IReadOnlyList<EntryResult>> ForClassAsync(int classId, CancellationToken cancellationToken);

    void Add(EntryResult result);

    Task<ClassResult?> FindClassResultAsync(int classId, CancellationToken cancellationToken);

    /// <summary>The season's class results that are submitted and not yet published.</summary>
    Task<IReadOnlyList<ClassResult>> AwaitingPublicationAsync(int seasonId, CancellationToken cancellationToken);

    void Add(ClassResult result);

    Task<ResultRules?> FindRulesAsync(int seasonId, CancellationToken cancellationToken);

    void Add(ResultRules rules);

    /// <summary>The season's own awards, in the order they were added.</summary>
    Task<IReadOnlyList<SeasonAward>> AwardsAsync(int seasonId, CancellationToken cancellationToken);

    void Add(SeasonAward award);

    void Remove(SeasonAward award);

    Task<IReadOnlyList<AwardDecision>> AwardDecisionsAsync(int seasonId, CancellationToken cancellationToken);

    void Add(AwardDecision decision);

    void Remove(AwardDecision decision);

    /// <summary>
    /// How public pages name each of <paramref name="personIds"/>: the full name where the person (or their guardian) consented
    /// to its publication, the initials otherwise.
    /// </summary>
    Task<IReadOnlyDictionary<int, string>> PublicNamesAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken);

    /// <summary>The account's phrases, oldest first.</summary>
    Task<IReadOnlyList<AdjudicatorPhrase>> PhrasesAsync(string userId, CancellationToken cancellationToken);

    Task<AdjudicatorPhrase?> FindPhraseAsync(string userId, int phraseId, CancellationToken cancellationToken);

    void Add(AdjudicatorPhrase phrase);

    void Remove(AdjudicatorPhrase phrase);

    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>The entries of the season (or of <paramref name="classIds"/> only) with their results, by class code and entry.</summary>
    Task<IReadOnlyList<ResultLine>> LinesAsync(int seasonId, IReadOnlyCollection<int>? classIds, CancellationToken cancellationToken);

    /// <summary>
    /// Only <paramref name="entryIds"/> (those of the season), by class code and entry: what one results email or one
    /// download needs, without reading the rest of the season.
    /// </summary>
    Task<IReadOnlyList<ResultLine>> EntryLinesAsync(int seasonId, IReadOnlyCollection<int> entryIds, CancellationToken cancellationToken);
}
