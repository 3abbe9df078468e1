using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Relais.Data.Model;

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

    private sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
        v => EnumCodes.CodeOf(v),
        v => EnumCodes.Parse<TEnum>(v))
        where TEnum : struct, Enum;
}
