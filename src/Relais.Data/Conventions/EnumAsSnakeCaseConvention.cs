using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Relais.Data.Conventions;

/// <summary>Enums are stored as their snake_case names (<c>in_progress</c>), the codes the API speaks.</summary>
internal static class EnumAsSnakeCaseConvention
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var enumType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (enumType.IsEnum && property.GetValueConverter() is null)
            {
                var converterType = typeof(SnakeCaseEnumConverter<>).MakeGenericType(enumType);
                property.SetValueConverter((ValueConverter)Activator.CreateInstance(converterType)!);
                property.SetMaxLength(32);
            }
        }
    }

    internal static string ToCode(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    private sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
        v => Codes<TEnum>.CodeOf(v),
        v => Codes<TEnum>.FromCode(v))
        where TEnum : struct, Enum;

    private static class Codes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToCode(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByCode =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key);

        public static string CodeOf(TEnum value) => ByValue[value];

        public static TEnum FromCode(string code) => ByCode[code];
    }
}
