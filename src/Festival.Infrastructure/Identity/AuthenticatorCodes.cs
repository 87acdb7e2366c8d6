using Festival.Application.Accounts.TwoFactor;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Identity;

/// <summary>
/// The one place an authenticator code is checked, for sign-in (through Identity's token provider) and for the
/// security page alike: <see cref="Totp"/>'s rules, then the time step recorded with a conditional update, so two
/// requests racing with the same code cannot both win.
/// </summary>
internal sealed class AuthenticatorCodes(FestivalDbContext db, TimeProvider clock)
{
    public async Task<TotpVerdict> UseAsync(string userId, string? key, string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return TotpVerdict.Wrong;
        }

        var lastStep = await db.Users.Where(u => u.Id == userId).Select(u => u.LastTotpTimeStep).SingleOrDefaultAsync(cancellationToken);
        var check = Totp.Check(key, code, clock.GetUtcNow(), lastStep);
        if (check.Verdict != TotpVerdict.Accepted)
        {
            return check.Verdict;
        }

        var step = check.TimeStep!.Value;
        var claimed = await db.Users
            .Where(u => u.Id == userId && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.LastTotpTimeStep, step), cancellationToken);

        // Identity saves a tracked user whole (every column), so the tracked copy must know the new step too.
        if (db.Users.Local.FirstOrDefault(u => u.Id == userId) is { } tracked)
        {
            var property = db.Entry(tracked).Property(u => u.LastTotpTimeStep);
            property.CurrentValue = Math.Max(step, tracked.LastTotpTimeStep ?? long.MinValue);
            property.OriginalValue = property.CurrentValue;
        }

        return claimed == 1 ? TotpVerdict.Accepted : TotpVerdict.Replayed;
    }
}
