using System.Linq.Expressions;

namespace Relais.Server.Api;

/// <summary>
/// One mapping from an entity to its response, used two ways: as an expression EF translates into the
/// SELECT of a list, and compiled for an entity already in memory (after a create or update).
/// </summary>
internal sealed class Projection<TEntity, TResponse>(Expression<Func<TEntity, TResponse>> expression)
{
    private readonly Func<TEntity, TResponse> _compiled = expression.Compile();

    public Expression<Func<TEntity, TResponse>> Expression => expression;

    public TResponse From(TEntity entity) => _compiled(entity);
}
