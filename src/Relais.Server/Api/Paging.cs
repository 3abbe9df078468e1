using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Relais.Server.Api;

/// <summary>The query string of every list endpoint: <c>?page=2&amp;page_size=50&amp;q=dupont&amp;sort=-created_at</c>.</summary>
public sealed record PageQuery
{
    public const int DefaultPageSize = 25;

    [FromQuery(Name = "page")]
    [Range(1, int.MaxValue)]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size")]
    [Range(1, 200)]
    public int? PageSize { get; init; }

    /// <summary>Free-text search, case-insensitive.</summary>
    [FromQuery(Name = "q")]
    [StringLength(200)]
    public string? Q { get; init; }

    /// <summary>A sortable field, prefixed with '-' for descending.</summary>
    [FromQuery(Name = "sort")]
    [StringLength(64)]
    public string? Sort { get; init; }

    /// <summary>A LIKE pattern for <see cref="Q"/> ("%dupont%", wildcards escaped with '\\'), matched against lower-cased columns.</summary>
    public string? Search => string.IsNullOrWhiteSpace(Q)
        ? null
        : "%" + Q.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}

internal sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>The fields a list can be sorted by, each with the expression EF translates.</summary>
internal sealed class SortMap<T>(string defaultSort, IReadOnlyDictionary<string, Expression<Func<T, object?>>> fields)
    where T : class
{
    public IEnumerable<string> Fields => fields.Keys;

    public bool TryApply(IQueryable<T> query, string? sort, out IOrderedQueryable<T> sorted)
    {
        sort = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        var descending = sort.StartsWith('-');
        if (!fields.TryGetValue(descending ? sort[1..] : sort, out var key))
        {
            sorted = null!;
            return false;
        }

        sorted = descending ? query.OrderByDescending(key) : query.OrderBy(key);

        // A stable tie-breaker keeps pages from overlapping.
        sorted = sorted.ThenBy(e => EF.Property<Guid>(e, "Id"));
        return true;
    }
}

internal static class Paging
{
    public static async Task<PagedList<TOut>> ToPageAsync<T, TOut>(
        this IOrderedQueryable<T> query, PageQuery page, Expression<Func<T, TOut>> projection, CancellationToken cancellationToken)
    {
        var number = page.Page ?? 1;
        var size = page.PageSize ?? PageQuery.DefaultPageSize;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((number - 1) * size).Take(size).Select(projection).ToListAsync(cancellationToken);
        return new PagedList<TOut>(items, total, number, size);
    }

    public static ValidationProblem UnknownSort<T>(SortMap<T> sorts, string? sort)
        where T : class =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["sort"] = [$"Cannot sort by '{sort}'. Use one of: {string.Join(", ", sorts.Fields)} (prefix with '-' to reverse)."],
        });
}
