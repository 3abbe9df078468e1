using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Relais.Data.Conventions;

/// <summary>
/// Timestamps are UTC instants. SQLite has no timestamp type and cannot order or compare
/// DateTimeOffset text, so they are stored there as unix milliseconds (INTEGER); PostgreSQL stores
/// them as timestamptz, which Npgsql only accepts with a zero offset, hence the UTC normalisation.
/// </summary>
internal static class TimestampConvention
{
    public const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    public static void Apply(ModelConfigurationBuilder builder, string? providerName)
    {
        if (providerName == SqliteProvider)
        {
            builder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
        }
        else
        {
            builder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        }
    }

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        v => v.ToUniversalTime(),
        v => v.ToUniversalTime());
}
