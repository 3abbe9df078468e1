using Microsoft.EntityFrameworkCore;
using Relais.Data;

namespace Relais.Server.Features.Emails;

/// <summary>
/// The team's own addresses: its users, its mailboxes and every address of its own domains. Mail
/// from them is outbound; their signatures are the team's, never a contact's.
/// </summary>
internal sealed class OwnAddresses(HashSet<string> addresses, HashSet<string> domains)
{
    public static async Task<OwnAddresses> LoadAsync(RelaisDbContext db, Guid teamId, CancellationToken cancellationToken)
    {
        var domains = await db.Teams.Where(t => t.Id == teamId).Select(t => t.OwnDomains).SingleAsync(cancellationToken);
        var users = await db.Users.Select(u => u.Email).ToListAsync(cancellationToken);
        var accounts = await db.EmailAccounts.Select(a => a.Address ?? a.Username).ToListAsync(cancellationToken);
        return new OwnAddresses(
            [.. users.Concat(accounts).Where(a => a.Contains('@', StringComparison.Ordinal)).Select(a => a.Trim().ToLowerInvariant())],
            [.. domains.Select(d => d.Trim().ToLowerInvariant())]);
    }

    public bool Contains(string? address) =>
        address is not null && (addresses.Contains(address) || domains.Contains(DomainOf(address)));

    public bool IsOwnDomain(string? domain) => domain is not null && domains.Contains(domain);

    public static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];
}
