using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.People.Managed.Reactions;

/// <summary>
/// Tells the other side of a teacher link by email: the student's accounts (their own and their guardians') that a
/// teacher asks to be linked, and the teacher's account that the student accepted. Through the outbox, after commit.
/// </summary>
internal sealed class TeacherLinkNoticeHandler(IManagedPeople people, IOutbox outbox)
    : INotificationHandler<TeacherLinkRequestedNotification>, INotificationHandler<TeacherLinkAcceptedNotification>
{
    public async Task Handle(TeacherLinkRequestedNotification notification, CancellationToken cancellationToken)
    {
        foreach (var to in await people.AccountEmailsForAsync(notification.StudentId, cancellationToken))
        {
            var email = new EmailMessage(
                to,
                $"{notification.TeacherName} asks to be {notification.StudentName}'s teacher",
                $"""
                Hello,

                {notification.TeacherName} asks to be linked as {notification.StudentName}'s teacher at the festival.
                Once you accept, they can see {notification.StudentName}'s entries and enter classes for them.
                Accept or ignore the request on your Entries page.

                The Festival team
                """);
            await outbox.EnqueueAsync(email, $"teacher-link-requested:{notification.LinkId}:{to}", cancellationToken);
        }
    }

    public async Task Handle(TeacherLinkAcceptedNotification notification, CancellationToken cancellationToken)
    {
        foreach (var to in await people.AccountEmailsForAsync(notification.TeacherId, cancellationToken))
        {
            var email = new EmailMessage(
                to,
                $"{notification.StudentName} accepted you as their teacher",
                $"""
                Hello {notification.TeacherName},

                {notification.StudentName} is now linked to you as your student: you can see their entries and enter classes for them.

                The Festival team
                """);
            await outbox.EnqueueAsync(email, $"teacher-link-accepted:{notification.LinkId}:{to}", cancellationToken);
        }
    }
}
