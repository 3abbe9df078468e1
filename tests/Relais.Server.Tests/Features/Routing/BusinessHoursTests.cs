using Relais.Data.Model;
using Relais.Server.Tests.Infrastructure;
using static Relais.Server.Tests.Features.Routing.Routing;

namespace Relais.Server.Tests.Features.Routing;

/// <summary>business_hours_only on the team's clock: its own factory, since the test moves the clock forward.</summary>
public sealed class BusinessHoursTests(RelaisFactory factory) : IClassFixture<RelaisFactory>
{
    [Fact]
    public async Task DryRun_BusinessHoursOnly_FollowsTheTeamsTimezoneAndDays()
    {
        var team = await factory.CreateTeamAsync();
        using var admin = factory.ClientFor(team.Admin);
        (await admin.PutJsonAsync("/api/v1/team/settings", new { timezone = "America/New_York", business_hours = new { start = "09:00", end = "17:00", days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" } } })).EnsureSuccessStatusCode();
        await admin.CreateRuleAsync("quotation_request", [Action(RoutingActionType.TagInteraction, new { tag = "bureau" })], new { business_hours_only = true });

        // Monday 2 June 2025, 09:00 UTC is 05:00 in New York: closed. 14:00 UTC is 10:00: open. Saturday: closed.
        var closed = await admin.DryRunAsync(QuoteBody, "Devis");
        factory.Time.SetUtcNow(new DateTimeOffset(2025, 6, 2, 14, 0, 0, TimeSpan.Zero));
        var open = await admin.DryRunAsync(QuoteBody, "Devis");
        factory.Time.SetUtcNow(new DateTimeOffset(2025, 6, 7, 14, 0, 0, TimeSpan.Zero));
        using var later = factory.ClientFor(team.Admin);
        var saturday = await later.DryRunAsync(QuoteBody, "Devis");

        Assert.Equal("outside business hours", closed["not_matched"]![0]!["reason"]!.GetValue<string>());
        Assert.Single(open["matched"]!.AsArray());
        Assert.Empty(saturday["matched"]!.AsArray());
    }
}
