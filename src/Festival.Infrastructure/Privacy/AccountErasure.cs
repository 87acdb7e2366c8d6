using Festival.Application.Accounts.Delete;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Privacy;

internal sealed class AccountErasure(FestivalDbContext db) : IAccountErasure
{
    public async Task<ErasureOutcome> EraseAsync(string userId, DateOnly today, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var people = await ExportAccountDataHandler.ManagedPeopleAsync(db, userId, cancellationToken);
        int anonymized = 0, kept = 0, leftToOthers = 0;
        if (people.Count > 0)
        {
            var self = people[0].Person;

            // The account's relationships go with it: its guardian and teacher links, accepted or pending.
            db.PersonLinks.RemoveRange(await db.PersonLinks.Where(l => l.PersonId == self.Id).ToListAsync(cancellationToken));
            foreach (var (person, _) in people)
            {
                if (person.Id != self.Id && await db.PersonLinks.AnyAsync(l => l.OtherPersonId == person.Id && l.PersonId != self.Id
                        && l.Kind == PersonLinkKind.Guardian && l.Status == PersonLinkStatus.Accepted, cancellationToken))
                {
                    leftToOthers++;
                }
                else if (await TakesPartInRunningSeasonAsync(person.Id, today, cancellationToken))
                {
                    person.DetachAccount(at);
                    kept++;
                }
                else
                {
                    person.Anonymize(at);
                    db.PersonLinks.RemoveRange(await db.PersonLinks.Where(l => l.PersonId == person.Id || l.OtherPersonId == person.Id).ToListAsync(cancellationToken));
                    anonymized++;
                }
            }
        }

        db.BasketItems.RemoveRange(await db.BasketItems.Where(b => b.UserId == userId).ToListAsync(cancellationToken));
        db.Profiles.RemoveRange(await db.Profiles.Where(p => p.UserId == userId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserPasskeys.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);

        // The row stays for the invoices, entries and audit events that name it; nothing in it identifies anyone, and
        // nobody can sign in with it. The email is free to register again.
        var tombstone = $"deleted-{userId}@deleted.invalid";
        var user = await db.Users.SingleAsync(u => u.Id == userId, cancellationToken);
        user.Email = user.UserName = tombstone;
        user.NormalizedEmail = user.NormalizedUserName = tombstone.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.PasswordHash = null;
        user.PhoneNumber = null;
        user.TwoFactorEnabled = false;
        user.SecurityStamp = $"{Guid.NewGuid():N}";
        user.DeactivatedAt = at;
        user.LastSignInIp = null;
        await db.SaveChangesAsync(cancellationToken);
        return new ErasureOutcome(anonymized, kept, leftToOthers);
    }

    /// <summary>Whether the person performs, teaches or accompanies in a season that has no end date yet or ends today or later.</summary>
    private Task<bool> TakesPartInRunningSeasonAsync(int personId, DateOnly today, CancellationToken cancellationToken) =>
        db.Entries.Where(e => e.Participants.Any(p => p.PersonId == personId) || e.TeacherId == personId || e.AccompanistId == personId)
            .Join(db.Seasons, e => e.SeasonId, s => s.Id, (e, s) => s)
            .AnyAsync(s => s.EndsOn == null || s.EndsOn >= today, cancellationToken);
}
