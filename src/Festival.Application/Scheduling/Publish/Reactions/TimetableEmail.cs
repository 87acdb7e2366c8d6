using System.Text;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Scheduling.Timetable;

namespace Festival.Application.Scheduling.Publish.Reactions;

/// <summary>
/// An outbox message: <paramref name="Email"/> with <paramref name="Lines"/> attached as <c>timetable.ics</c>. The
/// calendar is written when the email is sent, as invoice PDFs are, so publishing (which queues an email for everyone)
/// stays short; the lines are those published, so the calendar matches the email's text.
/// </summary>
public sealed record TimetableEmail(string FestivalName, string CalendarName, IReadOnlyList<TimetableLine> Lines, DateTimeOffset PublishedAt, EmailMessage Email);

/// <summary>Delivers a <see cref="TimetableEmail"/>: writes its calendar, attaches it and sends the email.</summary>
internal sealed class SendTimetableEmailHandler(IEmailSender sender) : IOutboxMessageHandler<TimetableEmail>
{
    public const string FileName = "timetable.ics";

    public Task HandleAsync(TimetableEmail message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(delivery);
        var calendar = TimetableCalendar.Write(message.FestivalName, message.CalendarName, message.Lines, message.PublishedAt);
        var email = message.Email with
        {
            Attachments = [.. message.Email.Attachments, new EmailAttachment(FileName, "text/calendar", Encoding.UTF8.GetBytes(calendar))],
        };
        return sender.SendAsync(email, delivery.IdempotencyKey, cancellationToken);
    }
}
