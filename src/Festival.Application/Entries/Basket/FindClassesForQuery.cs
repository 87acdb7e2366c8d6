using Festival.Application.People.Managed;
using Festival.Application.Seasons;
using Festival.Application.Syllabus.Browse;

namespace Festival.Application.Entries.Basket;

/// <summary>
/// The classes the chosen performers can enter together: a type for that many performers, and age limits that allow
/// each of them on the season's age date. The performers must be people the account enters (staff: anyone).
/// </summary>
/// <remarks>With <paramref name="GroupId"/> the performers are that group (one the account enters): classes for groups, for its members' ages.</remarks>
public sealed record FindClassesForQuery(string UserId, IReadOnlyList<int> PersonIds, string? Text = null, int Page = 1, bool AsStaff = false, int? ClassId = null, int? GroupId = null)
    : IRequest<Result<ClassesFor>>;

public sealed record ClassesFor(IReadOnlyList<string> Performers, SyllabusPage Syllabus);

internal sealed class FindClassesForHandler(ISeasons seasons, IOnlineEntries entries, IManagedPeople managed, IMediator mediator)
    : IRequestHandler<FindClassesForQuery, Result<ClassesFor>>
{
    public async Task<Result<ClassesFor>> Handle(FindClassesForQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(null, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ClassesFor>.Failed(season.Errors);
        }

        var ids = request.PersonIds.Distinct().ToList();
        var performers = request.GroupId is { } groupId
            ? await entries.GroupPerformersAsync(managed, request.UserId, request.AsStaff, groupId, cancellationToken)
            : await entries.PerformersAsync(managed, request.UserId, request.AsStaff, ids, cancellationToken);
        if (!performers.Succeeded)
        {
            return Result<ClassesFor>.Failed(performers.Errors);
        }

        IReadOnlyList<string> names = request.GroupId is { } group
            ? [(await entries.FindGroupAsync(group, cancellationToken))!.Name]
            : [.. performers.Value.Select(p => p.Name)];

        // Someone whose birth date is unknown fits only classes without age limits.
        var ages = performers.Value.Select(p => p.BirthDate is { } born ? season.Value.AgeOn(born) : (int?)null).ToList();
        IReadOnlyList<int> limits = ages.Any(a => a is null) ? [int.MinValue + 1, int.MaxValue - 1] : [.. ages.Select(a => a!.Value)];
        var syllabus = await mediator.Send(
            new SearchSyllabusQuery(request.Text, Page: request.Page, PerformerCount: request.GroupId is null ? ids.Count : null, Ages: limits, ClassId: request.ClassId,
                ForGroups: request.GroupId is not null),
            cancellationToken);
        return syllabus.Succeeded
            ? Result<ClassesFor>.Success(new ClassesFor(names, syllabus.Value))
            : Result<ClassesFor>.Failed(syllabus.Errors);
    }
}
