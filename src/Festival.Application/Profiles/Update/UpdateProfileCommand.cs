namespace Festival.Application.Profiles.Update;

/// <summary>Replaces the editable details of a user's primary profile.</summary>
public sealed record UpdateProfileCommand(string UserId, string? DisplayName, string? Phone, string? School)
    : IRequest<Result>, ITransactionalRequest;
