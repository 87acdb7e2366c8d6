using Festival.Application.Results;
using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Tests.Results;

/// <summary>Substitutes for the results handlers: one class 2105A of season 1 with entries 11, 12, 13, judged by "judge".</summary>
internal sealed class ResultHandlerFixture
{
    public const string Judge = "judge";
    public const int ClassId = 7;
    public const int SeasonId = 1;

    public IResults Results { get; } = Substitute.For<IResults>();

    public IAdjudication Adjudication { get; } = Substitute.For<IAdjudication>();

    public IMediator Mediator { get; } = Substitute.For<IMediator>();

    public TimeProvider Clock { get; } = Fakes.Clock();

    public Dictionary<int, EntryResult> Kept { get; } = [];

    public ClassResult ClassResult { get; } = new(ClassId, SeasonId);

    public IOptions<ResultsOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new ResultsOptions { MinimumEntriesForPlacements = 2, Recommendations = ["Provincials"] });

    public ResultHandlerFixture()
    {
        var targets = new[] { 11, 12, 13 }.Select(id => new ResultTarget(id, SeasonId, ClassId, "2105A", $"Performer {id}")).ToList();
        Results.ClassEntriesAsync(ClassId, Arg.Any<CancellationToken>()).Returns(targets);
        foreach (var target in targets)
        {
            Results.FindTargetAsync(target.EntryId, Arg.Any<CancellationToken>()).Returns(target);
        }

        Results.FindAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(call => Kept.GetValueOrDefault(call.Arg<int>()));
        Results.When(r => r.Add(Arg.Any<EntryResult>())).Do(call => Kept[call.Arg<EntryResult>().EntryId] = call.Arg<EntryResult>());
        Results.ForClassAsync(ClassId, Arg.Any<CancellationToken>()).Returns(_ => Kept.Values.ToList());
        Results.FindClassResultAsync(ClassId, Arg.Any<CancellationToken>()).Returns(ClassResult);
        Adjudication.AdjudicatesAsync(Judge, ClassId, Arg.Any<CancellationToken>()).Returns(true);
    }

    public EntryResult Keep(int entryId, string? mark, Placement? placement = null, Appearance appearance = Appearance.Expected)
    {
        var result = new EntryResult(entryId, ClassId, SeasonId);
        if (mark is not null)
        {
            result.Save(1, MarkScale.Default.Read(mark).Value, null, null, Judge, Fakes.Now);
        }

        result.Record(appearance);
        result.Place(placement);
        Kept[entryId] = result;
        return result;
    }
}
