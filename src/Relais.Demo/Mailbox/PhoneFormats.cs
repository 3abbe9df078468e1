namespace Relais.Demo.Mailbox;

/// <summary>Writes an E.164 number the ways people type it in signatures.</summary>
internal static class PhoneFormats
{
    public const int StyleCount = 5;

    public static string Format(string e164, int style)
    {
        if (e164.StartsWith("+33", StringComparison.Ordinal))
            return French(e164[3..], style);
        if (e164.StartsWith("+44", StringComparison.Ordinal))
            return British(e164[3..], style);
        return American(e164[2..], style);
    }

    private static string French(string n, int style)
    {
        var pairs = $"{n[1..3]} {n[3..5]} {n[5..7]} {n[7..9]}";
        return (style % StyleCount) switch
        {
            0 => $"0{n[0]} {pairs}",
            1 => $"+33 {n[0]} {pairs}",
            2 => $"+33 (0){n[0]} {pairs}",
            3 => $"0{n[0]}.{pairs.Replace(' ', '.')}",
            _ => $"+33 (0) {n[0]} {pairs}",
        };
    }

    private static string British(string n, int style)
    {
        // London numbers are 2+8 digits, mobiles 4+6, other geographic numbers 3+7.
        var national = n[0] == '2' ? $"{n[..2]} {n[2..6]} {n[6..]}"
            : n[0] == '7' ? $"{n[..4]} {n[4..]}"
            : $"{n[..3]} {n[3..6]} {n[6..]}";
        return (style % 3) switch
        {
            0 => "+44 " + national,
            1 => "+44 (0)" + national,
            _ => "0" + national,
        };
    }

    private static string American(string n, int style) => (style % 4) switch
    {
        0 => $"+1 {n[..3]} {n[3..6]} {n[6..]}",
        1 => $"({n[..3]}) {n[3..6]}-{n[6..]}",
        2 => $"{n[..3]}.{n[3..6]}.{n[6..]}",
        _ => $"+1 ({n[..3]}) {n[3..6]}-{n[6..]}",
    };
}
