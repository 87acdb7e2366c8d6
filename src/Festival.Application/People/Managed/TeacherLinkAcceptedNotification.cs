namespace Festival.Application.People.Managed;

/// <summary>A student (or a guardian) accepted a teacher's link request.</summary>
public sealed record TeacherLinkAcceptedNotification(
    int LinkId, int TeacherId, string TeacherName, int StudentId, string StudentName, string AcceptedByUserId, DateTimeOffset At) : INotification;
