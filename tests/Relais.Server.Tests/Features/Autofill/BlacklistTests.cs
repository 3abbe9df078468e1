using Relais.Data.Model;
using Relais.Server.Features.Blacklist;

namespace Relais.Server.Tests.Features.Autofill;

public sealed class BlacklistTests
{
    [Theory]
    [InlineData(BlacklistType.Email, "jean.dupont@acme.fr", "Jean.Dupont@ACME.fr", true)]
    [InlineData(BlacklistType.Email, "jean.dupont@acme.fr", "jean.dupont@acme.fr.evil.com", false)]
    [InlineData(BlacklistType.Domain, "acme.fr", "jean@acme.fr", true)]
    [InlineData(BlacklistType.Domain, "acme.fr", "jean@mail.acme.fr", true)]
    [InlineData(BlacklistType.Domain, "acme.fr", "jean@notacme.fr", false)]
    [InlineData(BlacklistType.Wildcard, "*@*.acme.fr", "jean@mail.acme.fr", true)]
    [InlineData(BlacklistType.Wildcard, "*@*.acme.fr", "jean@mailXacmeXfr", false)]
    [InlineData(BlacklistType.Wildcard, "news?@acme.fr", "news1@acme.fr", true)]
    [InlineData(BlacklistType.Wildcard, "news?@acme.fr", "news12@acme.fr", false)]
    [InlineData(BlacklistType.Wildcard, "a+b@(acme).fr", "a+b@(acme).fr", true)]
    [InlineData(BlacklistType.Wildcard, "a+b@(acme).fr", "aab@acme.fr", false)]
    public void Matches_PatternsAreLiteralButForTheirWildcards(BlacklistType type, string pattern, string sender, bool expected) =>
        Assert.Equal(expected, new SenderBlacklist([new BlacklistEntry { Pattern = pattern, Type = type }]).Matches(sender.ToLowerInvariant()));

    [Theory]
    [InlineData(BlacklistType.Wildcard, "*")]
    [InlineData(BlacklistType.Wildcard, "*@*")]
    [InlineData(BlacklistType.Wildcard, "*@*.*")]
    [InlineData(BlacklistType.Wildcard, "*@*.f*")]
    [InlineData(BlacklistType.Email, "not-an-address")]
    [InlineData(BlacklistType.Domain, "*.acme.fr")]
    public void Validate_MatchAllOrMalformed_IsRefused(BlacklistType type, string pattern) =>
        Assert.NotNull(SenderBlacklist.Validate(type, pattern));

    [Theory]
    [InlineData(BlacklistType.Wildcard, "*@*.acme.fr")]
    [InlineData(BlacklistType.Domain, "acme.fr")]
    [InlineData(BlacklistType.Email, "newsletter@acme.fr")]
    public void Validate_NamedSenders_AreAccepted(BlacklistType type, string pattern) =>
        Assert.Null(SenderBlacklist.Validate(type, pattern));
}
