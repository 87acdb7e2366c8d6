using Festival.Application.Results;
using Festival.Application.Scheduling.Programme;

namespace Festival.Application.Scheduling.Documents;

/// <summary>What an adjudicator's sheets print: the session with its classes and entries in performance order, and whose festival it is.</summary>
public sealed record AdjudicatorSheets(string FestivalName, string Season, SessionSheet Sheet);

/// <summary>Writes the printed schedule: the programme booklet and the adjudicator's sheets of a session.</summary>
public interface IScheduleDocuments
{
    /// <summary>The programme: a page per day, then venue → session → class → entries in order; a class is not split across pages when it fits on one.</summary>
    byte[] Programme(ProgrammeView programme);

    /// <summary>One page per entry in performance order, with room for the mark and comments.</summary>
    byte[] AdjudicatorSheets(AdjudicatorSheets sheets);
}
