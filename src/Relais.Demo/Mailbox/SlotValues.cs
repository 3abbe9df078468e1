using System.Globalization;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>Values for the {slot} placeholders of the body templates.</summary>
internal static class SlotValues
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Resolve(string name, MailContext c) => name switch
    {
        "fund" => c.Rng.Pick(DemoTeam.Funds),
        "fund2" => c.Rng.Pick(DemoTeam.Funds.Where(f => f != c.Slot("fund")).ToList()),
        "doc" => c.Rng.Pick(c.Fr ? SlotLists.DocsFr : SlotLists.DocsEn),
        "doc_attached" => Attach(c),
        "slot" => MeetingSlot(c, 2),
        "slot2" => MeetingSlot(c, 6),
        "past" => DemoDates.InText(c.Date.AddDays(-c.Rng.Next(3, 21)), c.Language),
        "future" => DemoDates.InText(Weekday(c.Date.AddDays(c.Rng.Next(14, 35))), c.Language),
        "weekday" => WeekdayBefore(c),
        "amount" => c.Rng.Pick(c.Fr ? SlotLists.AmountsFr : SlotLists.AmountsEn),
        "month" => c.Fr ? DemoDates.FrMonth(c.Date.AddMonths(-1)) : DemoDates.EnMonth(c.Date.AddMonths(-1)),
        "quarter" => Quarter(c),
        "event" => c.Fill(c.Rng.Pick(c.Fr ? SlotLists.EventsFr : SlotLists.EventsEn)),
        "topic" => c.Rng.Pick(c.Fr ? SlotLists.TopicsFr : SlotLists.TopicsEn),
        "org" => c.Contact.Org.Name,
        "team" => DemoTeam.Company,
        "me" => c.SenderFirstName,
        "you" => c.RecipientFirstName,
        "member" => c.Member.FullName,
        "colleague" => Colleague(c),
        "de_colleague" => Elide(c.Slot("colleague")),
        "de_org" => Elide(c.Slot("org")),
        "de_third" => Elide(c.Slot("third")),
        "isin" => "FR00140" + c.Rng.Next(10000, 99999).ToString(Inv),
        "share_class" => c.Rng.Pick(["I", "R", "IC", "ID", "P"]),
        "fee" => c.Rng.Pick(c.Fr ? ["0,45 %", "0,60 %", "0,75 %", "0,90 %"] : ["0.45%", "0.60%", "0.75%", "0.90%"]),
        "e" => c.SenderGender == 'F' ? "e" : "",
        "title" => c.Contact.JobTitle,
        "title_me" => c.FromTeam ? (c.Fr ? c.Member.JobTitleFr : c.Member.JobTitleEn) : c.Contact.JobTitle,
        "phone" => PhoneFormats.Format(c.Contact.Phone ?? c.Contact.Mobile!, c.Rng.Next(PhoneFormats.StyleCount)),
        "city" => c.Contact.Org.City,
        _ => throw new InvalidOperationException("Unknown template slot: " + name),
    };

    private static string Attach(MailContext c)
    {
        var index = c.Rng.Next(SlotLists.DocsFr.Count);
        var doc = c.Fr ? SlotLists.DocsFr[index] : SlotLists.DocsEn[index];
        var month = c.Date.AddMonths(-1).ToString("yyyy-MM", Inv);
        c.Attachments.Add($"{SlotLists.DocFiles[index]}_{month}.pdf");
        return doc;
    }

    private static DateTimeOffset Weekday(DateTimeOffset day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(1);
        return day;
    }

    private static string MeetingSlot(MailContext c, int minDays)
    {
        var day = Weekday(c.Date.AddDays(c.Rng.Next(minDays, minDays + 5)));
        var hour = c.Rng.Pick<int>([9, 10, 11, 14, 15, 16, 17]);
        var half = c.Rng.Chance(0.3);
        if (c.Fr)
            return $"{DemoDates.FrDay(day)} {DemoDates.InText(day, "fr")} à {hour.ToString(Inv)} h{(half ? " 30" : "")}";
        var clock = new DateTime(2000, 1, 1, hour, half ? 30 : 0, 0, DateTimeKind.Unspecified)
            .ToString(half ? "h:mmtt" : "htt", Inv).ToLowerInvariant();
        return $"{day.ToString("dddd", Inv)} {DemoDates.InText(day, "en")} at {clock}";
    }

    private static string WeekdayBefore(MailContext c)
    {
        var day = c.Date.AddDays(-c.Rng.Next(1, 5));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            day = day.AddDays(-1);
        return c.Fr ? DemoDates.FrDay(day) : day.ToString("dddd", Inv);
    }

    private static string Quarter(MailContext c)
    {
        var previous = c.Date.AddMonths(-3);
        var q = ((previous.Month - 1) / 3 + 1).ToString(Inv);
        return (c.Fr ? "T" : "Q") + q + " " + previous.Year.ToString(Inv);
    }

    /// <summary>"de Jean", "d'Élodie", "d'Hélios Gestion".</summary>
    private static string Elide(string name) =>
        "AEIOUYHÀÂÉÈÊÎÔÛaeiouyhàâéèêîôû".Contains(name[0], StringComparison.Ordinal) ? "d'" + name : "de " + name;

    private static string Colleague(MailContext c)
    {
        if (c.FromTeam)
            return c.Member == DemoTeam.Manager ? DemoTeam.Member.FullName : DemoTeam.Manager.FullName;
        var colleagues = DemoRoster.ColleaguesOf(c.Contact).Where(p => p.InCrm).ToList();
        return colleagues.Count > 0 ? c.Rng.Pick(colleagues).FullName : (c.Fr ? "mon associé" : "my colleague");
    }
}
