using Festival.Domain.Accounts;

namespace Festival.Application.Accounts;

/// <summary>Every expected account failure, in one place so each entry point words them the same.</summary>
public static class AccountErrors
{
    public static Error EmailTaken => Error.Conflict("email_taken", "An account with this email already exists.", "Email");

    public static Error EmailRequired => Error.Validation("Email", "email_required", "Enter an email address.");

    public static Error EmailInvalid => Error.Validation("Email", "email_invalid", "Enter a valid email address, like name@example.org.");

    public static Error EmailTooLong =>
        Error.Validation("Email", "email_too_long", $"An email address can be at most {AccountRules.MaxEmailLength} characters.");

    public static Error PasswordRequired => Error.Validation("Password", "password_required", "Enter a password.");

    public static Error PasswordTooLong =>
        Error.Validation("Password", "password_too_long", $"A password can be at most {AccountRules.MaxPasswordLength} characters.");

    public static Error DisplayNameTooLong =>
        Error.Validation("DisplayName", "display_name_too_long", $"A display name can be at most {AccountRules.MaxDisplayNameLength} characters.");

    public static Error DisplayNameInvalid =>
        Error.Validation("DisplayName", "display_name_invalid", "A display name cannot contain control or text-direction characters.");

    public static Error CurrentPasswordIncorrect => Error.Validation("CurrentPassword", "password_incorrect", "The current password is not correct.");

    public static Error UserNotFound(string who) => Error.NotFound("user_not_found", $"No account found for '{who}'.");

    public static Error RoleNotFound(string role) => Error.NotFound("role_not_found", $"No role named '{role}'.");

    public static Error RoleNameInvalid =>
        Error.Validation("Name", "role_name_invalid", $"A role name is 1 to {AccountRules.MaxRoleNameLength} letters, digits, '-' or '_'.");

    public static Error PermissionInvalid(string permission) =>
        Error.Validation("Permissions", "permission_invalid", $"'{permission}' is not a valid permission name (letters, digits, '-', '_', ':' or '.').");

    public static Error RoleExists(string role) => Error.Conflict("role_exists", $"A role named '{role}' already exists.", "Name");

    public static Error LinkInvalid =>
        Error.Validation("Token", "link_invalid", "This link is not valid any more: it has expired, was already used, or is incomplete. Ask for a new one.");

    public static Error CannotDeactivateSelf => Error.Conflict("cannot_deactivate_self", "You cannot deactivate your own account.");

    public static Error LastAdmin =>
        Error.Conflict("last_admin", $"This is the last account with the {RoleNames.Admin} role; grant it to someone else first.");
}
