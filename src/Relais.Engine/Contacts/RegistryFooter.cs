namespace Relais.Engine.Contacts;

/// <summary>
/// The legal footer of a firm ("SAS au capital de 150 000 € – RCS Toulouse …", "Registered in England and Wales
/// No. …"): never a title or a company line of its own, but it names the firm when nothing else does.
/// </summary>
internal static class RegistryFooter
{
    private static readonly string[] Markers =
        ["RCS ", "SIREN", "SIRET", "au capital de", "TVA ", "TVA intracom", "N° TVA", "Code APE", "Registered in", "Registered office", "Company No", "Company number", "VAT No", "VAT number"];

    /// <summary>Whether a line carries registry mentions (RCS, SIREN, share capital, registered office).</summary>
    public static bool Is(string text) => Markers.Any(m => text.Contains(m, StringComparison.Ordinal));

    /// <summary>A legal footer names the firm only when nothing else in the signature does: "Solvéo SAS au capital de …" -> "Solvéo SAS".</summary>
    public static FieldValue? Name(IReadOnlyList<SignatureCell> cells, HashSet<int> registry)
    {
        foreach (var cell in cells.Where(c => registry.Contains(c.Line)))
        {
            var text = cell.Text;
            foreach (var cut in (ReadOnlySpan<string>)[" au capital", ". Registered", ", Registered", " Registered in", " – ", " - "])
            {
                var at = text.IndexOf(cut, StringComparison.Ordinal);
                text = at > 0 ? text[..at] : text;
            }

            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= 6 && !Is(text + " ") && !text.Any(char.IsDigit) && words.All(w => char.IsUpper(w[0]) || Lexicon.Is(w, WordKind.Stop)))
            {
                return new FieldValue(text.TrimEnd('.', ','), 0.85, FieldSource.Signature);
            }
        }

        return null;
    }
}
