using Festival.Domain.People;

namespace Festival.Application.People.Groups;

internal sealed class CreateGroupValidator : IValidator<CreateGroupCommand>
{
    public const int MaxMembers = 100;

    public Task<IReadOnlyList<Error>> ValidateAsync(CreateGroupCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > Group.MaxNameLength)
        {
            errors.Add(Error.Validation("Name", "name_required", $"Enter the group's name (at most {Group.MaxNameLength} characters)."));
        }

        if (request.MemberIds is not { Count: > 0 and <= MaxMembers })
        {
            errors.Add(Error.Validation("MemberIds", "members_required", $"Choose the group's performers: 1 to {MaxMembers} of the people you enter."));
        }
        else if (request.MemberIds.Distinct().Count() != request.MemberIds.Count)
        {
            errors.Add(Error.Validation("MemberIds", "member_twice", "The same person is named twice in the group."));
        }

        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }
}
