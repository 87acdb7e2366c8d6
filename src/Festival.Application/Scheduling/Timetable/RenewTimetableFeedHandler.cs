using System.Security.Cryptography;
using Festival.Application.People.Managed;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Timetable;

internal sealed class RenewTimetableFeedHandler(ITimetableFeeds feeds, IManagedPeople managed, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RenewTimetableFeedCommand, Result<string>>
{
    public async Task<Result<string>> Handle(RenewTimetableFeedCommand request, CancellationToken cancellationToken)
    {
        if (!await managed.ManagesAsync(request.UserId, request.PersonId, cancellationToken))
        {
            // Someone else's person is answered as not found, so ids cannot be probed.
            return Result<string>.Failed(TimetableErrors.PersonNotFound(request.PersonId));
        }

        var now = clock.GetUtcNow();
        var token = NewToken();
        var feed = (await feeds.ForPeopleAsync([request.PersonId], cancellationToken)).SingleOrDefault();
        if (feed is null)
        {
            feeds.Add(new TimetableFeed(request.PersonId, token, now));
        }
        else
        {
            feed.Replace(token, now);
        }

        await feeds.SaveAsync(cancellationToken);
        await mediator.Publish(new TimetableFeedRenewedNotification(request.PersonId, request.UserId, feed is not null, now), cancellationToken);
        return Result<string>.Success(token);
    }

    /// <summary>256 random bits, URL-safe: 43 characters.</summary>
    internal static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
