using Microsoft.EntityFrameworkCore;
using Relais.Data;
using Relais.Data.Model;

namespace Relais.Server.Features.Metrics;

/// <summary>
/// The window's top senders by inbound emails received: each sender's total less their running
/// total before the window (<see cref="EmailSenderDay"/>, one seek per sender), the first N kept;
/// then their intents in the window the same way, and their CRM person and primary organisation,
/// one query each for the N. Ties are broken by address.
/// </summary>
internal sealed class TopSenders(RelaisDbContext db)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public async Task<TopSendersResponse> ListAsync(MetricsWindow window, int limit, CancellationToken cancellationToken)
    {
        var from = window.From;
        var ranked = await db.EmailSenders.AsNoTracking()
            .Select(s => new
            {
                s.Sender,
                Emails = s.Emails - db.EmailSenderDays.Where(d => d.Sender == s.Sender && d.Day < from).OrderByDescending(d => d.Day).Select(d => d.Emails).FirstOrDefault(),
            })
            .OrderByDescending(s => s.Emails).ThenBy(s => s.Sender)
            .Take(limit)
            .ToListAsync(cancellationToken);

        // Ordered by count, a sender with nothing in the window comes after every sender with something.
        var addresses = ranked.Where(s => s.Emails > 0).Select(s => s.Sender).ToList();
        var totals = await db.EmailSenders.AsNoTracking().Where(s => addresses.Contains(s.Sender)).ToDictionaryAsync(s => s.Sender, StringComparer.Ordinal, cancellationToken);
        var before = (await db.EmailSenderDays.AsNoTracking().Where(d => addresses.Contains(d.Sender) && d.Day < from)
                .GroupBy(d => d.Sender).Select(g => g.OrderByDescending(d => d.Day).First()).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Sender, StringComparer.Ordinal);
        var people = (await db.People.AsNoTracking().Where(p => p.Email != null && addresses.Contains(p.Email))
                .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
                .Select(p => new
                {
                    p.Id,
                    Email = p.Email!,
                    p.FirstName,
                    p.LastName,
                    Organisation = p.Organisations.Where(l => l.IsPrimary)
                        .Join(db.Organisations, l => l.OrganisationId, o => o.Id, (l, o) => new { o.Id, o.Name }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken))
            .DistinctBy(p => p.Email).ToDictionary(p => p.Email, StringComparer.Ordinal);

        var senders = ranked.Where(s => s.Emails > 0).Select(s =>
        {
            var total = totals[s.Sender];
            var person = people.GetValueOrDefault(s.Sender);
            var personName = person is null ? null : string.Join(' ', new[] { person.FirstName, person.LastName }.OfType<string>()).Trim();
            return new TopSender(
                s.Sender, string.IsNullOrEmpty(personName) ? total.SenderName : personName, person?.Id, person?.Organisation?.Id, person?.Organisation?.Name,
                s.Emails, total.LastReceivedAt, Intents(total, before.GetValueOrDefault(s.Sender)));
        }).ToList();
        return new TopSendersResponse(window.Days, window.From, window.To, senders);
    }

    /// <summary>The intents of the window's mail: the totals less the running totals before it; only those seen.</summary>
    private static Dictionary<string, int> Intents(ISenderCounts total, ISenderCounts? before)
    {
        int Less(Func<ISenderCounts, int> count) => count(total) - (before is null ? 0 : count(before));
        var intents = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["meeting_request"] = Less(c => c.MeetingRequest), ["info_request"] = Less(c => c.InfoRequest), ["follow_up"] = Less(c => c.FollowUp),
            ["introduction"] = Less(c => c.Introduction), ["quotation_request"] = Less(c => c.QuotationRequest), ["closing"] = Less(c => c.Closing),
            ["complaint"] = Less(c => c.Complaint), ["thank_you"] = Less(c => c.ThankYou), ["unsubscribe"] = Less(c => c.Unsubscribe), ["other"] = Less(c => c.Other),
        };
        return intents.Where(i => i.Value > 0).ToDictionary(StringComparer.Ordinal);
    }
}
