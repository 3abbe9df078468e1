using Relais.Engine.Signatures;

namespace Relais.Engine.Contacts;

/// <summary>
/// Reads the contact fields of SPEC section 3 from the signature lines and the From header. Each field
/// carries its own confidence (checked on the development sets with `relais train signatures --reliability`)
/// and its source: the signature, the header, or the email domain.
/// </summary>
internal static class ContactExtractor
{
    public static ContactFields Extract(IReadOnlyList<string> signatureLines, Sender? from, string? defaultRegion)
    {
        var sender = SenderName.Parse(from);
        var cells = SignatureCell.Split(signatureLines, sender);
        var address = AddressField.Find(cells);
        var regions = RegionChain.Build(address?.Region ?? CountryNamed(cells), sender.Address, defaultRegion);
        var phones = PhoneFields.Find(cells, regions);
        var name = NameFields.Find(cells, sender);
        var (title, company) = RoleFields.Find(cells, name, address, DomainMatch.Pieces(sender.Address));
        var (website, linkedin) = WebFields.Urls(cells);
        var emails = WebFields.Emails(cells);
        var kinds = (phones.Count > 0 ? 1 : 0) + (emails.Count > 0 ? 1 : 0) + (address is not null ? 1 : 0) + (title is not null ? 1 : 0)
            + (company is not null && company.Source == FieldSource.Signature ? 1 : 0) + (website is not null || linkedin is not null ? 1 : 0);
        var sure = kinds - (title is { Confidence: < 0.85 } ? 1 : 0) - (company is { Source: FieldSource.Signature, Confidence: < 0.85 } ? 1 : 0);
        var signedOff = name is { Cell: >= 0 } n && cells.Take(n.Cell + 1).Any(c => c.Has(LineFlags.ClosingExact | LineFlags.ClosingThenName));
        name = Attribute(name, sender, kinds, sure, signedOff);
        // The domain stands in for a signature that names no employer; without any signature the server
        // already matches organisations by domain, and a guess would only echo it.
        if (company is null && cells.Count > 0 && DomainOrganisation.From(sender.Address) is { } organisation)
        {
            company = new FieldValue(organisation, 0.5, FieldSource.Domain);
        }

        return new ContactFields
        {
            FullName = name is null ? null : new FieldValue(name.Full, name.Confidence, name.Source),
            FirstName = name?.First is null ? null : new FieldValue(name.First, name.PartsConfidence, name.Source),
            LastName = name?.Last is null ? null : new FieldValue(name.Last, name.PartsConfidence, name.Source),
            JobTitle = title,
            Company = company,
            Email = Email(emails, sender),
            Phone = Phone(phones, PhoneKind.Landline) ?? Phone(phones, PhoneKind.Home),
            Mobile = Phone(phones, PhoneKind.Mobile),
            Fax = Phone(phones, PhoneKind.Fax),
            Website = website is null ? null : new FieldValue(website, 0.95, FieldSource.Signature),
            Linkedin = linkedin is null ? null : new FieldValue(linkedin, 0.97, FieldSource.Signature),
            Address = address is null ? null : new FieldValue(address.Value, address.Confidence, FieldSource.Signature),
        };
    }

    /// <summary>
    /// A name heading a contact block is the signature's; a name merely signed after the sign-off
    /// ("Thanks, Mike") is better told by the display name, which holds the full, formal name. Between the
    /// two, a name signed after the sign-off over a single sure detail ("Regards, / Keegan Farrell /
    /// (713) 345-3317") is less surely the person's full name than one heading a block: only about half
    /// such names are labelled as the full name on the development set.
    /// </summary>
    private static NameMatch? Attribute(NameMatch? name, SenderName sender, int blockKinds, int sureKinds, bool signedOff)
    {
        if (name is null || name.Source != FieldSource.Signature)
        {
            return name;
        }

        if (blockKinds > 0)
        {
            return signedOff && sureKinds <= 1 ? name with { Confidence = Math.Min(name.Confidence, 0.85) } : name;
        }

        return NameFields.FromHeader(sender) ?? name with { Confidence = Math.Min(name.Confidence, 0.75), PartsConfidence = Math.Min(name.PartsConfidence, 0.75) };
    }

    private static FieldValue? Phone(List<PhoneCandidate> phones, PhoneKind kind)
    {
        // The person's direct line first, the organisation's switchboard last, a labelled number before a bare one.
        var phone = phones.Find(p => p.Kind == kind && p.Direct) ?? phones.Find(p => p.Kind == kind && p.Labelled && !p.Switchboard)
            ?? phones.Find(p => p.Kind == kind && !p.Switchboard) ?? phones.Find(p => p.Kind == kind);
        return phone is null ? null : new FieldValue(phone.E164, !phone.Valid ? 0.9 : phone.Labelled ? 0.96 : 0.92, FieldSource.Signature);
    }

    /// <summary>The signature's address when it has one (the sender's own first), else the From address.</summary>
    private static FieldValue? Email(List<string> written, SenderName sender)
    {
        if (written.Count > 0)
        {
            var own = written.Find(e => e == sender.Address) ?? written.Find(e => sender.Tokens.Any(t => e.Contains(t, StringComparison.Ordinal))) ?? written[0];
            return new FieldValue(own, own == sender.Address ? 0.99 : 0.93, FieldSource.Signature);
        }

        return sender.Address is { } header && header.Contains('@', StringComparison.Ordinal)
            ? new FieldValue(header.ToLowerInvariant(), 0.97, FieldSource.Header)
            : null;
    }

    private static string? CountryNamed(IEnumerable<SignatureCell> cells)
    {
        foreach (var cell in cells.Where(c => c.Has(LineFlags.Country) && c.Info.Words <= 4))
        {
            foreach (var word in cell.Text.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 2 && RegionChain.CountryRegion(word) is { } region)
                {
                    return region;
                }
            }
        }

        return null;
    }
}
