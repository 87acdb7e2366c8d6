using Festival.Application.Scheduling.Timetable;
using MediatR;

namespace Festival.Web.Api;

/// <summary>
/// <c>/timetable/{token}.ics</c>: a person's timetable as iCalendar for calendar apps, which cannot sign in, so the secret
/// token in the URL is the only key. An unknown or replaced token is 404, whatever the reason, so tokens cannot be probed.
/// </summary>
public static class TimetableFeedEndpoints
{
    public static IEndpointRouteBuilder MapTimetableFeed(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/timetable/{token}.ics", async (string token, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetTimetableFeedQuery(token), ct) is { Succeeded: true } feed
                    ? Results.Text(feed.Value, "text/calendar; charset=utf-8")
                    : Results.NotFound())
            .AllowAnonymous()
            .ExcludeFromDescription();
        return routes;
    }
}
