namespace Festival.Application.People.Managed;

/// <summary>A teacher asked to be linked to a student; the student's side must accept.</summary>
public sealed record TeacherLinkRequestedNotification(
    int LinkId, int TeacherId, string TeacherName, int StudentId, string StudentName, string RequestedByUserId, DateTimeOffset At) : INotification;
