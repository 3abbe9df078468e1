using System.ComponentModel.DataAnnotations;
using Relais.Data.Model;

namespace Relais.Server.Api;

/// <summary>
/// A query-string enum given by its snake_case code (<c>?status=in_progress</c>); minimal APIs would
/// otherwise only bind the C# name. Parse it with <see cref="EnumCodes.TryParse{TEnum}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EnumCodeAttribute<TEnum>() : ValidationAttribute($"Must be one of: {string.Join(", ", EnumCodes.All<TEnum>())}.")
    where TEnum : struct, Enum
{
    public override bool IsValid(object? value) => value is null || EnumCodes.TryParse<TEnum>(value as string, out _);
}
