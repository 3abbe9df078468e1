using System.Globalization;

namespace Relais.Demo.Mailbox;

/// <summary>
/// Dates as mail clients write them. French names are spelled out here because the server runs
/// with invariant globalization (no fr-FR culture data).
/// </summary>
internal static class DemoDates
{
    private static readonly string[] FrDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
    private static readonly string[] FrDaysShort = ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."];
    private static readonly string[] FrMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] FrMonthsShort =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static string FrDay(DateTimeOffset d) => FrDays[(int)d.DayOfWeek];
    public static string FrMonth(DateTimeOffset d) => FrMonths[d.Month - 1];
    public static string EnMonth(DateTimeOffset d) => d.ToString("MMMM", En);

    /// <summary>"lun. 3 nov. 2025 à 10:12" (Gmail, French).</summary>
    public static string GmailFr(DateTimeOffset d) =>
        $"{FrDaysShort[(int)d.DayOfWeek]} {Num(d.Day)} {FrMonthsShort[d.Month - 1]} {Num(d.Year)} à {Time(d)}";

    /// <summary>"Mon, Nov 3, 2025 at 10:12 AM" (Gmail, English).</summary>
    public static string GmailEn(DateTimeOffset d) => d.ToString("ddd, MMM d, yyyy 'at' h:mm tt", En);

    /// <summary>"lundi 3 novembre 2025 10:12" (Outlook, French).</summary>
    public static string OutlookFr(DateTimeOffset d) => $"{FrDay(d)} {Num(d.Day)} {FrMonth(d)} {Num(d.Year)} {Time(d)}";

    /// <summary>"Monday, November 3, 2025 10:12 AM" (Outlook, English).</summary>
    public static string OutlookEn(DateTimeOffset d) => d.ToString("dddd, MMMM d, yyyy h:mm tt", En);

    /// <summary>"03 November 2025 10:12" (old Outlook, UK).</summary>
    public static string OutlookLegacyEn(DateTimeOffset d) => d.ToString("dd MMMM yyyy HH:mm", En);

    /// <summary>"3 nov. 2025 à 10:12" (Apple Mail, French).</summary>
    public static string AppleFr(DateTimeOffset d) => $"{Num(d.Day)} {FrMonthsShort[d.Month - 1]} {Num(d.Year)} à {Time(d)}";

    /// <summary>"3 Nov 2025, at 10:12" (Apple Mail, English).</summary>
    public static string AppleEn(DateTimeOffset d) => d.ToString("d MMM yyyy', at 'HH:mm", En);

    /// <summary>"3 novembre 2025 à 10:12:05 UTC+1" (Apple Mail forward, French).</summary>
    public static string AppleForwardFr(DateTimeOffset d) =>
        $"{Num(d.Day)} {FrMonth(d)} {Num(d.Year)} à {d.ToString("HH:mm:ss", En)} UTC{(d.Offset < TimeSpan.Zero ? "-" : "+")}{Num(Math.Abs(d.Offset.Hours))}";

    /// <summary>"03/11/2025 à 10:12" (Thunderbird, French).</summary>
    public static string NumericFr(DateTimeOffset d) => $"{d.ToString("dd/MM/yyyy", En)} à {Time(d)}";

    /// <summary>"le 3 novembre" or "3 November": dates inside sentences.</summary>
    public static string InText(DateTimeOffset d, string language) =>
        language == "fr" ? $"{Num(d.Day)}{(d.Day == 1 ? "er" : "")} {FrMonth(d)}" : d.ToString("d MMMM", En);

    public static string Time(DateTimeOffset d) => d.ToString("HH:mm", En);

    private static string Num(int n) => n.ToString(En);
}
