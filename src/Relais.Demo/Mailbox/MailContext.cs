using System.Text.RegularExpressions;
using Relais.Demo.Roster;

namespace Relais.Demo.Mailbox;

/// <summary>One message being written: who writes to whom, in which language, when.</summary>
internal sealed partial class MailContext(
    Random rng, string language, DemoContact contact, DemoTeamMember member, bool fromTeam, DateTimeOffset date)
{
    private readonly Dictionary<string, string> _slots = [];

    public Random Rng => rng;
    public string Language => language;
    public bool Fr => language == "fr";
    public DemoContact Contact => contact;
    public DemoTeamMember Member => member;
    public bool FromTeam => fromTeam;

    /// <summary>Sender's local time.</summary>
    public DateTimeOffset Date => date;
    public char SenderGender => fromTeam ? member.Gender : contact.Gender;
    public string SenderFirstName => fromTeam ? member.FirstName : contact.FirstName;
    public string RecipientFirstName => fromTeam ? contact.FirstName : member.FirstName;

    /// <summary>File names of the PDFs the text says are attached.</summary>
    public List<string> Attachments { get; } = [];

    /// <summary>Fills {slot} placeholders; a slot used twice in one message gets the same value.</summary>
    public string Fill(string template) => SlotPattern().Replace(template, m => Slot(m.Groups[1].Value));

    /// <summary>Sets a slot the conversation knows better than SlotValues (a forwarded sender's name).</summary>
    public void Set(string name, string value) => _slots[name] = value;

    public string Slot(string name)
    {
        if (!_slots.TryGetValue(name, out var value))
        {
            value = SlotValues.Resolve(name, this);
            _slots[name] = value;
        }
        return value;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotPattern();
}
