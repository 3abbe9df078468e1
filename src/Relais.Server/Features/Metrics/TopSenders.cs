using Microsoft.EntityFrameworkCore;
using Relais.Data;

namespace Relais.Server.Features.Metrics;

/// <summary>
/// The window's top senders by inbound emails received, from <c>email_sender_periods</c>: the
/// monthly rows of the window's whole months and the daily rows of its first, partial month, summed
/// per sender in one grouped query; then the CRM person and primary organisation of the top ones,
/// in one query. Ties are broken by address.
/// </summary>
internal sealed class TopSenders(RelaisDbContext db)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public async Task<TopSendersResponse> ListAsync(MetricsWindow window, int limit, CancellationToken cancellationToken)
    {
        // Months after the window's first month are whole (the window ends today); its first month is whole when it starts on the 1st.
        var firstMonth = MetricsCounters.MonthOf(window.From);
        var wholeFrom = window.From == firstMonth ? firstMonth : firstMonth.AddMonths(1);
        var dailyEnd = wholeFrom;
        var lastMonth = MetricsCounters.MonthOf(window.To);
        var top = await db.EmailSenderPeriods.AsNoTracking()
            .Where(p => (!p.Monthly && p.Start >= window.From && p.Start < dailyEnd && p.Start <= window.To)
                || (p.Monthly && p.Start >= wholeFrom && p.Start <= lastMonth))
            .GroupBy(p => p.Sender)
            .Select(g => new
            {
                Sender = g.Key,
                Name = g.Max(p => p.SenderName),
                Emails = g.Sum(p => p.Emails),
                Last = g.Max(p => p.LastReceivedAt),
                MeetingRequest = g.Sum(p => p.MeetingRequest),
                InfoRequest = g.Sum(p => p.InfoRequest),
                FollowUp = g.Sum(p => p.FollowUp),
                Introduction = g.Sum(p => p.Introduction),
                QuotationRequest = g.Sum(p => p.QuotationRequest),
                Closing = g.Sum(p => p.Closing),
                Complaint = g.Sum(p => p.Complaint),
                ThankYou = g.Sum(p => p.ThankYou),
                Unsubscribe = g.Sum(p => p.Unsubscribe),
                Other = g.Sum(p => p.Other),
            })
            .Where(s => s.Emails > 0)
            .OrderByDescending(s => s.Emails).ThenBy(s => s.Sender)
            .Take(limit)
            .ToListAsync(cancellationToken);

        var addresses = top.Select(s => s.Sender).ToList();
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

        var senders = top.Select(s =>
        {
            var person = people.GetValueOrDefault(s.Sender);
            var personName = person is null ? null : string.Join(' ', new[] { person.FirstName, person.LastName }.OfType<string>()).Trim();
            var intents = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["meeting_request"] = s.MeetingRequest, ["info_request"] = s.InfoRequest, ["follow_up"] = s.FollowUp,
                ["introduction"] = s.Introduction, ["quotation_request"] = s.QuotationRequest, ["closing"] = s.Closing,
                ["complaint"] = s.Complaint, ["thank_you"] = s.ThankYou, ["unsubscribe"] = s.Unsubscribe, ["other"] = s.Other,
            };
            return new TopSender(
                s.Sender, string.IsNullOrEmpty(personName) ? s.Name : personName, person?.Id, person?.Organisation?.Id, person?.Organisation?.Name,
                s.Emails, s.Last, intents.Where(i => i.Value > 0).ToDictionary(StringComparer.Ordinal));
        }).ToList();
        return new TopSendersResponse(window.Days, window.From, window.To, senders);
    }
}
