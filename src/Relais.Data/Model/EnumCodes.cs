using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Relais.Data.Model;

/// <summary>
/// The snake_case code of each enum value (<c>TaskState.InProgress</c> is <c>in_progress</c>), or the
/// name its <see cref="JsonStringEnumMemberNameAttribute"/> gives: the same string in the database,
/// the JSON API and query strings.
/// </summary>
public static class EnumCodes
{
    /// <summary>The snake_case form of a C# name (<c>TaskItem</c> is <c>task_item</c>).</summary>
    public static string ToSnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.ByValue.Values.Order(StringComparer.Ordinal);

    public static string CodeOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ByValue[value];

    public static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum => Cache<TEnum>.ByCode[code];

    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ByCode.TryGetValue(code ?? string.Empty, out value);

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, CodeOf);

        public static readonly FrozenDictionary<string, TEnum> ByCode =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        private static string CodeOf(TEnum value)
        {
            var name = value.ToString();
            return typeof(TEnum).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? ToSnakeCase(name);
        }
    }
}
