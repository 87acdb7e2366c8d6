using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Festival.Infrastructure.Persistence;

/// <summary>Stores an instant as UTC ticks; it is read back in UTC.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
