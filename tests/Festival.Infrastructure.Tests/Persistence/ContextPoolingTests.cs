using Festival.Infrastructure.Persistence;
using Festival.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Infrastructure.Tests.Persistence;

/// <summary>
/// Every signed-in request checks its session with one query; the context it uses comes from a pool rather than being
/// built per request, and comes back clean.
/// </summary>
[TestFixture]
public sealed class ContextPoolingTests
{
    [Test]
    public async Task A_later_request_reuses_the_context_of_an_earlier_one_without_its_state()
    {
        await using var app = await FestivalApp.StartAsync();
        FestivalDbContext first;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            first.ChangeTracker.AutoDetectChangesEnabled = false;
            first.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            Assert.That(await first.Roles.AsTracking().ToListAsync(), Is.Not.Empty);
            Assert.That(first.ChangeTracker.Entries(), Is.Not.Empty);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            Assert.That(second, Is.SameAs(first), "the context should come back from the pool");
            Assert.That(second.ChangeTracker.AutoDetectChangesEnabled, Is.True);
            Assert.That(second.ChangeTracker.QueryTrackingBehavior, Is.EqualTo(QueryTrackingBehavior.TrackAll));
            Assert.That(second.ChangeTracker.Entries(), Is.Empty);
        }
    }
}
