namespace Festival.Application.People.Managed;

/// <summary>Who an account enters, and the link requests it has sent or must answer.</summary>
public sealed record MyPeople(
    ManagedPersonSummary? Self,
    IReadOnlyList<ManagedPersonSummary> Children,
    IReadOnlyList<ManagedPersonSummary> Students,
    IReadOnlyList<LinkRequestView> AwaitingMyAnswer,
    IReadOnlyList<LinkRequestView> SentByMe)
{
    /// <summary>Everyone the account may enter, self first, each once.</summary>
    public IReadOnlyList<ManagedPersonSummary> All =>
        [.. (Self is null ? Children.Concat(Students) : Children.Concat(Students).Prepend(Self)).DistinctBy(p => p.Id)];
}

public sealed record ManagedPersonSummary(int Id, string Name, string ProfileCode, DateOnly? BirthDate);

/// <summary>A pending teacher link: <paramref name="TeacherName"/> asks to teach <paramref name="StudentName"/>.</summary>
public sealed record LinkRequestView(int LinkId, string TeacherName, string TeacherCode, string StudentName, DateTimeOffset RequestedAt);

/// <summary>What a guardian, a linked teacher or festival staff see of one person.</summary>
public sealed record ManagedPersonView(
    int Id, string Name, string ProfileCode, DateOnly? BirthDate, string? Email, string? Phone, bool HasAccount,
    IReadOnlyList<string> Guardians, IReadOnlyList<string> Teachers)
{
    /// <summary>How public pages (programme, results) name this person: in full with consent, initials without.</summary>
    public string PublicName { get; init; } = Name;

    /// <summary>When consent to publish the full name was given; null when it was not.</summary>
    public DateTimeOffset? NameConsentAt { get; init; }

    /// <summary>The answer for the current season to "may the festival photograph and record them?"; null until answered.</summary>
    public Consent.MediaConsentView? MediaConsent { get; init; }
}
