using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Festival.Application.Accounts;
using Festival.Domain.Profiles;
using Festival.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Persistence;

/// <summary>
/// Bulk-inserts synthetic accounts for load tests: each with the default role and a primary profile, all sharing one
/// precomputed password hash, so 100,000 accounts take seconds instead of the hours per-user hashing would.
/// </summary>
public static class DatabaseSeeder
{
    /// <summary>Every seeded account's email ends with this, so a seeded database is recognisable.</summary>
    public const string EmailDomain = "seed.festival.example";

    private const int BatchSize = 5_000;

    public sealed record Outcome(bool Seeded, int Users, string Message);

    /// <summary>The email of seeded account <paramref name="number"/> (1-based): <c>seed000001@seed.festival.example</c>.</summary>
    public static string EmailOf(int number) => string.Create(CultureInfo.InvariantCulture, $"seed{number:D6}@{EmailDomain}");

    /// <summary>Seeds <paramref name="count"/> accounts, or refuses when the database already holds seeded accounts.</summary>
    public static async Task<Outcome> SeedUsersAsync(this IServiceProvider services, int count, string password, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 999_999);
        ArgumentException.ThrowIfNullOrEmpty(password);

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<FestivalDbContext>();
        var normalizer = provider.GetRequiredService<ILookupNormalizer>();
        var options = provider.GetRequiredService<IOptions<FestivalOptions>>().Value;

        var suffix = "@" + EmailDomain.ToUpperInvariant();
        var existing = await db.Users.CountAsync(u => u.NormalizedEmail!.EndsWith(suffix), cancellationToken);
        if (existing > 0)
        {
            return new Outcome(false, existing,
                $"the database already holds {existing} seeded user(s) (@{EmailDomain}); seed a fresh database instead.");
        }

        var roleNormalized = normalizer.NormalizeName(options.DefaultRole);
        var roleId = await db.Roles.Where(r => r.NormalizedName == roleNormalized).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"The default role '{options.DefaultRole}' does not exist.");

        // One hash for every account: hashing is the deliberately slow part of a registration.
        var passwordHash = provider.GetRequiredService<IPasswordHasher<FestivalUser>>().HashPassword(new FestivalUser(), password);
        var start = DateTimeOffset.UtcNow.AddSeconds(-count);
        var rows = Enumerable.Range(1, count).Select(n => Row(n, start.AddSeconds(n), normalizer, passwordHash));

        if (db.Database.IsSqlite())
        {
            await InsertWithPreparedCommandsAsync(db, rows, roleId, cancellationToken);
        }
        else
        {
            await InsertWithEntitiesAsync(db, rows, roleId, cancellationToken);
        }

        return new Outcome(true, count, $"Seeded {count} user(s) with role {options.DefaultRole}: {EmailOf(1)} to {EmailOf(count)}.");
    }

    private sealed record SeedRow(FestivalUser User, Profile Profile);

    private static SeedRow Row(int number, DateTimeOffset at, ILookupNormalizer normalizer, string passwordHash)
    {
        var email = EmailOf(number);
        var user = new FestivalUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            PasswordHash = passwordHash,
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
            LockoutEnabled = true,
            RegisteredAt = at,
        };
        return new SeedRow(user, Profile.CreatePrimary(user.Id, email, string.Create(CultureInfo.InvariantCulture, $"Seed user {number}"), at));
    }

    /// <summary>SQLite: three prepared INSERTs, re-bound per row, committed every <see cref="BatchSize"/> accounts.</summary>
    private static async Task InsertWithPreparedCommandsAsync(FestivalDbContext db, IEnumerable<SeedRow> rows, string roleId, CancellationToken cancellationToken)
    {
        // Values go through EF Core's own converters, so they are stored exactly as the app stores them.
        var ticks = new UtcTicksConverter();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var users = Command(connection, """
                INSERT INTO AspNetUsers (Id, RegisteredAt, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PasswordHash,
                    SecurityStamp, ConcurrencyStamp, PhoneNumber, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnd, LockoutEnabled, AccessFailedCount)
                VALUES ($id, $at, $email, $normName, $email, $normEmail, 0, $hash, $stamp, $concurrency, NULL, 0, 0, NULL, 1, 0)
                """, "$id", "$at", "$email", "$normName", "$normEmail", "$hash", "$stamp", "$concurrency");
            using var memberships = Command(connection, "INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ($user, $role)", "$user", "$role");
            using var profiles = Command(connection, """
                INSERT INTO Profiles (Id, UserId, Email, DisplayName, IsPrimary, CreatedAt, Phone, School, UpdatedAt)
                VALUES ($id, $user, $email, $name, 1, $at, NULL, NULL, NULL)
                """, "$id", "$user", "$email", "$name", "$at");
            memberships.Parameters["$role"].Value = roleId;

            foreach (var batch in rows.Chunk(BatchSize))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                users.Transaction = memberships.Transaction = profiles.Transaction = transaction;
                foreach (var (user, profile) in batch)
                {
                    Bind(users, ("$id", user.Id), ("$at", ticks.ConvertToProvider(user.RegisteredAt)), ("$email", user.Email),
                        ("$normName", user.NormalizedUserName), ("$normEmail", user.NormalizedEmail), ("$hash", user.PasswordHash),
                        ("$stamp", user.SecurityStamp), ("$concurrency", user.ConcurrencyStamp));
                    await users.ExecuteNonQueryAsync(cancellationToken);
                    Bind(memberships, ("$user", user.Id));
                    await memberships.ExecuteNonQueryAsync(cancellationToken);
                    // EF Core's SQLite provider stores a Guid as upper-case text.
                    Bind(profiles, ("$id", profile.Id.ToString().ToUpperInvariant()), ("$user", profile.UserId), ("$email", profile.Email),
                        ("$name", profile.DisplayName), ("$at", ticks.ConvertToProvider(profile.CreatedAt)));
                    await profiles.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Other providers: plain EF Core inserts in batches, with the change tracker cleared between them.</summary>
    private static async Task InsertWithEntitiesAsync(FestivalDbContext db, IEnumerable<SeedRow> rows, string roleId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (user, profile) in batch)
            {
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
                db.Profiles.Add(profile);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Bind(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }
}
