using MimeKit;

namespace Relais.Demo.Mailbox;

/// <summary>Collects the generated messages and keeps their Message-IDs unique.</summary>
internal sealed class MailboxSink(Random rng)
{
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);

    public Random Rng => rng;
    public List<DemoEmail> Emails { get; } = [];

    /// <summary>Draws ids until one is new: collisions are astronomically rare, but the contract is uniqueness.</summary>
    public string UniqueId(Func<string> next)
    {
        var id = next();
        while (!_ids.Add(id))
            id = next();
        return id;
    }

    public void Add(MimeMessage message, string intent, string language, DemoMailKind kind, bool outbound) =>
        Emails.Add(new DemoEmail(message, intent, language, kind, outbound));
}
