namespace Festival.Application.Reminders;

/// <summary>The <c>Festival:Reminders</c> configuration section: when reminders are due, and how often the app looks.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Festival:Reminders";

    /// <summary>Whether this instance runs the reminder job. Any number of instances may: each reminder is sent once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the job looks for reminders that have come due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long before the entry deadline accounts with an unsubmitted basket are reminded.</summary>
    public TimeSpan BeforeDeadline { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long after the entry deadline payers with a balance are reminded; zero turns that reminder off.</summary>
    public TimeSpan AfterDeadline { get; set; } = TimeSpan.FromDays(7);

    public bool IsValid() => PollInterval > TimeSpan.Zero && BeforeDeadline > TimeSpan.Zero && AfterDeadline >= TimeSpan.Zero;
}
