namespace Relais.Engine.Intents;

/// <summary>
/// Case and accent folding for the classifiers' features: "Réclamation" and "reclamation" hash the same,
/// digits collapse to '0' so amounts and dates generalise. A lookup table keeps it allocation-free.
/// </summary>
internal static class TextFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one character; returns '\0' for characters that separate tokens.</summary>
    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        if (c is '\u2019' or '\u2018' or '\u02BC')
        {
            return '\0';
        }

        return char.IsLetter(c) ? char.ToLowerInvariant(c) : '\0';
    }

    /// <summary>The lowest ligature (Æ): below it, <see cref="Second"/> is always '\0'.</summary>
    public const char FirstLigature = 'Æ';

    /// <summary>Ligatures fold to two letters ("vœux" → "voeux"); returns the second letter or '\0'.</summary>
    public static char Second(char c) => c switch
    {
        'œ' or 'Œ' => 'e',
        'æ' or 'Æ' => 'e',
        'ß' => 's',
        _ => '\0',
    };

    // Accented Latin letters and their base letter, spelled out: string.Normalize is not available
    // under InvariantGlobalization, and the table must not depend on the host's ICU anyway.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Plain = "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyy";

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            table[i] = c switch
            {
                _ when char.IsDigit(c) => '0',
                _ when !char.IsLetter(c) => '\0',
                _ when accented >= 0 => Plain[accented],
                'œ' or 'Œ' or 'ø' or 'Ø' => 'o',
                'æ' or 'Æ' => 'a',
                'ß' => 's',
                'đ' or 'Đ' => 'd',
                'ł' or 'Ł' => 'l',
                _ => char.ToLowerInvariant(c),
            };
        }

        return table;
    }
}
