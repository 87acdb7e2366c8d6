namespace Festival.Domain.Scheduling;

/// <summary>
/// The least time a person needs between two classes: <paramref name="BetweenVenues"/> when the rooms are in different
/// venues, <paramref name="WithinVenue"/> when they are different rooms of one venue. Two classes in the same room need
/// no changeover.
/// </summary>
public sealed record ChangeoverRules(TimeSpan BetweenVenues, TimeSpan WithinVenue)
{
    public static ChangeoverRules Default { get; } = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10));
}
