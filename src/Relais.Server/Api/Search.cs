using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Relais.Server.Api;

/// <summary>
/// Case-insensitive free-text search that translates the same way on SQLite and PostgreSQL:
/// <c>lower(a) LIKE @p ESCAPE '\' OR lower(b) LIKE @p …</c> (a NULL column never matches).
/// </summary>
internal static class Search
{
    private static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>Rows where any of <paramref name="columns"/> contains the search; all rows when there is none.</summary>
    public static IQueryable<T> WhereMatches<T>(this IQueryable<T> query, string? pattern, params Expression<Func<T, string?>>[] columns)
    {
        if (pattern is null)
        {
            return query;
        }

        var row = Expression.Parameter(typeof(T), "row");

        // A member of a closure object, so EF sends the pattern as a parameter, not inlined SQL.
        var value = Expression.Property(Expression.Constant(new Pattern(pattern)), nameof(Pattern.Value));
        var matches = columns
            .Select(column => (Expression)Expression.Call(
                Like,
                Expression.Constant(EF.Functions),
                Expression.Call(new Rebind(column.Parameters[0], row).Visit(column.Body), ToLower),
                value,
                Expression.Constant("\\")))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(matches, row));
    }

    private sealed class Pattern(string value)
    {
        public string Value => value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
