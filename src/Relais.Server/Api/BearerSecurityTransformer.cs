using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Relais.Server.Api;

/// <summary>Names the API and declares the bearer scheme (login JWT or API token) so the docs page can send it.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Relais API";
        document.Info.Description = "Email intelligence for CRM teams. Log in with POST /api/v1/auth/login, then send the token as a bearer.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT or rls_ API token",
            Description = "POST /api/v1/auth/login, or an API token from relais token create.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
        return Task.CompletedTask;
    }
}
