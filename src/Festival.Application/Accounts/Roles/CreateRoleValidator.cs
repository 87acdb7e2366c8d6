using System.Text.RegularExpressions;
using Festival.Domain.Accounts;

namespace Festival.Application.Accounts.Roles;

internal sealed partial class CreateRoleValidator : IValidator<CreateRoleCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(CreateRoleCommand request, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var name = request.Name ?? string.Empty;
        if (name.Length > AccountRules.MaxRoleNameLength || !RoleName().IsMatch(name))
        {
            errors.Add(AccountErrors.RoleNameInvalid);
        }

        errors.AddRange((request.Permissions ?? []).Where(p => !PermissionName().IsMatch(p ?? string.Empty)).Select(AccountErrors.PermissionInvalid));
        return Task.FromResult<IReadOnlyList<Error>>(errors);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex RoleName();

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex PermissionName();
}
