namespace Relais.Engine.Contacts;

internal static class ContactExtractor
{
    // Placeholder until field extraction lands: the header address only.
    public static ContactFields Extract(IReadOnlyList<string> signatureLines, Sender? from, string? defaultRegion) =>
        from is null ? ContactFields.Empty : new ContactFields { Email = new FieldValue(from.Email, 0.99, FieldSource.Header) };
}
