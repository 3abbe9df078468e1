using System.Collections.Frozen;

namespace Relais.Engine.Contacts;

/// <summary>Whether a signed first name is a short form of the sender's: "Chris" for Christina, "Bill" for William.</summary>
internal static class Nicknames
{
    // Short forms that are not prefixes of the full name.
    private static readonly FrozenDictionary<string, string[]> Irregular = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["bill"] = ["william"],
        ["billy"] = ["william"],
        ["will"] = ["william"],
        ["bob"] = ["robert"],
        ["bobby"] = ["robert"],
        ["bert"] = ["albert", "robert", "herbert", "hubert"],
        ["dick"] = ["richard"],
        ["rick"] = ["richard", "eric", "frederick"],
        ["rich"] = ["richard"],
        ["jim"] = ["james"],
        ["jimmy"] = ["james"],
        ["mike"] = ["michael"],
        ["mick"] = ["michael"],
        ["kathy"] = ["katherine", "kathleen", "kathryn", "catherine"],
        ["kate"] = ["katherine", "kathleen", "kathryn", "catherine"],
        ["cathy"] = ["catherine"],
        ["peggy"] = ["margaret"],
        ["meg"] = ["margaret", "megan"],
        ["maggie"] = ["margaret"],
        ["ted"] = ["edward", "theodore"],
        ["ed"] = ["edward", "edwin"],
        ["ned"] = ["edward", "edmund"],
        ["jack"] = ["john"],
        ["johnny"] = ["john", "jonathan"],
        ["jon"] = ["jonathan"],
        ["sally"] = ["sarah", "sara"],
        ["becky"] = ["rebecca"],
        ["liz"] = ["elizabeth"],
        ["beth"] = ["elizabeth"],
        ["betsy"] = ["elizabeth"],
        ["betty"] = ["elizabeth"],
        ["lisa"] = ["elizabeth"],
        ["tony"] = ["anthony", "antonio"],
        ["jerry"] = ["gerald", "jeremy"],
        ["gerry"] = ["gerald"],
        ["hank"] = ["henry"],
        ["harry"] = ["henry", "harold"],
        ["larry"] = ["lawrence"],
        ["terry"] = ["terence", "theresa", "teresa"],
        ["sandy"] = ["sandra", "alexandra"],
        ["sasha"] = ["alexandra", "alexander"],
        ["drew"] = ["andrew"],
        ["andy"] = ["andrew"],
        ["chuck"] = ["charles"],
        ["charlie"] = ["charles"],
        ["jen"] = ["jennifer"],
        ["jenny"] = ["jennifer"],
        ["joe"] = ["joseph"],
        ["polly"] = ["mary"],
        ["molly"] = ["mary"],
        ["nancy"] = ["anne", "ann"],
        ["patty"] = ["patricia"],
        ["patti"] = ["patricia"],
        ["trish"] = ["patricia"],
        ["dot"] = ["dorothy"],
        ["sue"] = ["susan", "suzanne"],
        ["suzy"] = ["susan", "suzanne"],
        ["bea"] = ["béatrice", "beatrice"],
        ["manu"] = ["emmanuel", "emmanuelle"],
        ["fred"] = ["frédéric", "frederic", "frederick"],
        ["seb"] = ["sébastien", "sebastien"],
        ["steph"] = ["stéphane", "stephane", "stéphanie", "stephanie"],
        ["jp"] = ["jean-pierre"],
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Matches(ReadOnlySpan<char> signed, string? first)
    {
        if (first is null || signed.Length < 2)
        {
            return false;
        }

        if (signed.Equals(first, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "Chris" for Christina, "Deb" for Debra, "Kathy" for Kathleen: a shared start of three letters or more.
        var shared = 0;
        while (shared < signed.Length && shared < first.Length && char.ToLowerInvariant(signed[shared]) == char.ToLowerInvariant(first[shared]))
        {
            shared++;
        }

        if (shared >= 3 && (shared == signed.Length || shared >= 4))
        {
            return true;
        }

        return IrregularLookup.TryGetValue(signed, out var fulls) && Array.Exists(fulls, f => f.Equals(first, StringComparison.OrdinalIgnoreCase));
    }
}
