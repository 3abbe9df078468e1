using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Relais.Server.Tests.Infrastructure;

/// <summary>An API endpoint as the route table has it: "PUT /api/v1/people/{id}".</summary>
public sealed record ApiEndpoint(string Method, string Pattern, IReadOnlyList<string> Policies, bool Anonymous, bool HasBody = false)
{
    public string Name => $"{Method} {Pattern}";

    /// <summary>The route with every parameter filled with an id (the route need not exist for auth checks).</summary>
    public string Url(Guid id) => Regex.Replace(Pattern, "{[^}]+}", id.ToString());

    public static IReadOnlyList<ApiEndpoint> All(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/v1/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiEndpoint(
                method,
                Regex.Replace(e.RoutePattern.RawText!, "{([A-Za-z]+)(:[^}]*)?}", "{$1}").TrimEnd('/'),
                [.. e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>()],
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is not null)))
            .OrderBy(e => e.Name, StringComparer.Ordinal)];

    /// <summary>Theory data computed from a throwaway server's route table.</summary>
    public static TheoryData<string> Discover(Func<ApiEndpoint, bool> include)
    {
        using var probe = new RelaisFactory();
        probe.InitializeAsync().AsTask().GetAwaiter().GetResult();
        var data = new TheoryData<string>();
        foreach (var endpoint in All(probe.Services).Where(include))
        {
            data.Add(endpoint.Name);
        }

        probe.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return data;
    }
}
