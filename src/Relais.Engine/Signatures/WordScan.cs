using Relais.Engine.Contacts;

namespace Relais.Engine.Signatures;

/// <summary>Accumulates what the words of one line say (vocabularies, sender's name, address parts).</summary>
internal ref struct WordScan(SenderName sender, LineFlags shape)
{
    private LineFlags _flags;
    private int _nameWords;
    private int _otherWords;
    private int _capitalised;
    private int _letterWords;
    private int _disclaimers;
    private bool _houseNumber;
    private bool _thoroughfareFirst;
    private bool _streetWord;
    private bool _stateOrTown;
    private bool _matchedFirst;
    private bool _matchedLast;
    private bool _nameShape = true;
    private ulong _namey;

    public int Words { get; private set; }
    public int Stops { get; private set; }

    public void Add(ReadOnlySpan<char> token, char next, bool clauseStart = false)
    {
        var core = token.Trim(".-'\u2019&+");
        if (core.IsEmpty)
        {
            return;
        }

        if (core.Contains('@'))
        {
            var at = core.IndexOf('@');
            if (at > 0 && core[at..].Contains('.'))
            {
                _flags |= LineFlags.Email;
            }

            _nameShape = false;
            return;
        }

        if (TokenShapes.IsUrl(core))
        {
            _flags |= LineFlags.Url;
            if (core.Contains("linkedin", StringComparison.OrdinalIgnoreCase))
            {
                _flags |= LineFlags.Linkedin;
            }

            if (core.Contains(".yahoo.", StringComparison.OrdinalIgnoreCase) || core.Contains(".msn.", StringComparison.OrdinalIgnoreCase)
                || core.Contains(".hotmail.", StringComparison.OrdinalIgnoreCase))
            {
                _flags |= LineFlags.Tagline;
            }

            _nameShape = false;
            return;
        }

        var index = Words++;
        if (!TokenShapes.HasLetter(core))
        {
            AddNumber(core, index, clauseStart);
            return;
        }

        var kind = Lexicon.Lookup(core);
        var capital = char.IsUpper(core[0]);
        var allCaps = TokenShapes.IsAllCaps(core);
        _letterWords++;
        _capitalised += capital ? 1 : 0;
        if ((kind & WordKind.Stop) != 0 && !allCaps)
        {
            Stops++;
        }

        Vocabulary(core, kind, capital, allCaps, next, index);
        var isName = sender.IsName(core) || HyphenatedName(core);
        var isInitials = core.Length is >= 2 and <= 3 && (allCaps || TokenShapes.IsAllLower(core)) && sender.IsInitials(core);
        if (isName)
        {
            _nameWords++;
            _matchedFirst |= sender.First is not null && Nicknames.Matches(core, sender.First);
            _matchedLast |= sender.Last is not null && core.Equals(sender.Last, StringComparison.OrdinalIgnoreCase);
        }
        else if (isInitials)
        {
            _flags |= LineFlags.Initials;
            _nameWords++;
        }
        else if (core.Length > 1 && !(capital && (kind & WordKind.FirstName) != 0))
        {
            _otherWords++;
        }

        var looksLikeName = isName || isInitials || (capital && (kind & WordKind.Stop) == 0) || (core.Length <= 3 && TokenShapes.IsAllLower(core));
        if (index < 64 && looksLikeName)
        {
            _namey |= 1UL << index;
        }

        var particle = (kind & WordKind.Particle) != 0;
        if (!(capital || particle) || ((kind & WordKind.Stop) != 0 && !particle))
        {
            _nameShape = false;
        }
    }

    public readonly LineFlags Finish(ReadOnlySpan<char> line)
    {
        var flags = _flags;
        if (_nameWords > 0)
        {
            flags |= LineFlags.NameAny;
            if (_otherWords == 0 && Words - _letterWords == 0)
            {
                flags |= LineFlags.NameOnly;
            }
        }

        if (_matchedFirst && _matchedLast)
        {
            flags |= LineFlags.NameFull;
        }

        if (_nameShape && _letterWords is >= 1 and <= 4 && Words == _letterWords)
        {
            flags |= LineFlags.NameShape;
        }

        if (_letterWords >= 2 && _capitalised == _letterWords)
        {
            flags |= LineFlags.TitleCase;
        }

        if (_houseNumber && _streetWord)
        {
            flags |= LineFlags.Street;
        }

        if (_disclaimers >= 1)
        {
            flags |= _disclaimers >= 2 ? LineFlags.Disclaimer | LineFlags.DisclaimerWord : LineFlags.DisclaimerWord;
        }

        // "Andrews & Kurth", "Martin & Fils": an ampersand between capitalised words names a firm.
        if (_letterWords >= 2 && _capitalised == _letterWords && line.Contains(" & ", StringComparison.Ordinal))
        {
            flags |= LineFlags.CompanyWord;
        }

        // "Sent from my iPhone", "Do You Yahoo!?", free-mail advertising lines and their links.
        if ((flags & LineFlags.Tagline) != 0 && !TokenShapes.IsTagline(line) && !line.Contains('!') && (flags & LineFlags.Url) == 0)
        {
            flags &= ~LineFlags.Tagline;
        }

        if (Words <= 12)
        {
            var closing = Closings.Match(line);
            if (closing > 0)
            {
                flags |= closing >= _letterWords && Words == _letterWords ? LineFlags.ClosingExact : LineFlags.ClosingStart;
                var restMask = Words >= 64 ? 0 : ((1UL << Words) - 1) & ~((1UL << closing) - 1);
                if (Words > closing && Words - closing <= 3 && (_namey & restMask) == restMask)
                {
                    flags |= LineFlags.ClosingThenName;
                }
            }
        }

        return flags;
    }

    private void Vocabulary(ReadOnlySpan<char> core, WordKind kind, bool capital, bool allCaps, char next, int index)
    {
        if (kind == WordKind.None)
        {
            return;
        }

        var labelled = next is ':' || (shape & (LineFlags.Phone | LineFlags.Extension)) != 0;
        var singleLetterLabel = core.Length > 1 || next is ':' or '.' || char.IsAsciiDigit(next) || next == '+';
        if (labelled && singleLetterLabel)
        {
            _flags |= (kind & WordKind.PhoneLabel) != 0 ? LineFlags.PhoneLabel : LineFlags.None;
            _flags |= (kind & WordKind.MobileLabel) != 0 ? LineFlags.MobileLabel : LineFlags.None;
            _flags |= (kind & WordKind.FaxLabel) != 0 ? LineFlags.FaxLabel : LineFlags.None;
            _flags |= (kind & WordKind.HomeLabel) != 0 ? LineFlags.HomeLabel : LineFlags.None;
        }

        if ((kind & WordKind.EmailLabel) != 0 && next == ':' && singleLetterLabel)
        {
            _flags |= LineFlags.EmailLabel;
        }

        if (index == 0 && (kind & WordKind.Closing) != 0)
        {
            _flags |= LineFlags.ClosingWord;
        }

        if (index == 0 && (kind & WordKind.Greeting) != 0 && capital)
        {
            _flags |= LineFlags.Greeting;
        }

        if (capital || allCaps)
        {
            _flags |= (kind & WordKind.Title) != 0 ? LineFlags.TitleWord : LineFlags.None;
            _flags |= index == 0 && (kind & (WordKind.Title | WordKind.TitleModifier)) != 0 ? LineFlags.TitleLead : LineFlags.None;
            _flags |= (kind & WordKind.Company) != 0 && core.Length > 1 ? LineFlags.CompanyWord : LineFlags.None;
            _flags |= (kind & WordKind.Department) != 0 ? LineFlags.DepartmentWord : LineFlags.None;
            _flags |= (kind & WordKind.FirstName) != 0 ? LineFlags.FirstNameWord : LineFlags.None;
            _flags |= (kind & WordKind.Country) != 0 ? LineFlags.Country : LineFlags.None;
            _flags |= (kind & WordKind.PostBox) != 0 && allCaps ? LineFlags.PostBox : LineFlags.None;
            _stateOrTown |= (kind & WordKind.State) != 0 && (allCaps || core.Length > 2);
        }

        // French street types are written in lower case ("12 rue de la Paix").
        _streetWord |= (kind & WordKind.Street) != 0 && _houseNumber;

        // Swiss, Belgian and Luxembourg addresses put the number last: "Rue du Rhône 12", "Avenue Louise 54".
        _thoroughfareFirst |= index == 0 && capital && IsThoroughfare(core);
        _disclaimers += (kind & WordKind.Disclaimer) != 0 ? 1 : 0;
        _flags |= (kind & WordKind.Tagline) != 0 ? LineFlags.Tagline : LineFlags.None;
    }

    private static bool IsThoroughfare(ReadOnlySpan<char> word) =>
        word.Equals("rue", StringComparison.OrdinalIgnoreCase) || word.Equals("avenue", StringComparison.OrdinalIgnoreCase)
        || word.Equals("boulevard", StringComparison.OrdinalIgnoreCase) || word.Equals("chemin", StringComparison.OrdinalIgnoreCase)
        || word.Equals("route", StringComparison.OrdinalIgnoreCase) || word.Equals("place", StringComparison.OrdinalIgnoreCase)
        || word.Equals("quai", StringComparison.OrdinalIgnoreCase);

    private void AddNumber(ReadOnlySpan<char> core, int index, bool clauseStart)
    {
        _nameShape = false;
        if (_thoroughfareFirst && index >= 2 && core.Length is >= 1 and <= 4 && !_houseNumber)
        {
            _houseNumber = true;
            _streetWord = true;
        }

        var digits = core.Length;
        if (digits == 10 && core[5] == '-' && !_flags.HasFlag(LineFlags.ZipCode))
        {
            // ZIP+4: "77251-1384".
            digits = 5;
        }

        // "TX 77002", "75008 Paris", "12 avenue Hoche, 75008 Paris": a five-digit code after a state or street, or leading the line.
        if (digits == 5 && (_stateOrTown || index == 0 || _streetWord))
        {
            _flags |= LineFlags.ZipCode;
        }

        if (digits is >= 1 and <= 4 && clauseStart && !_houseNumber)
        {
            _houseNumber = true;
        }

        if (digits is >= 1 and <= 5 && index <= 1 && !_houseNumber)
        {
            _houseNumber = true;
        }
    }

    private readonly bool HyphenatedName(ReadOnlySpan<char> core)
    {
        var dash = core.IndexOf('-');
        return dash > 0 && dash < core.Length - 1 && sender.IsName(core[..dash]) && sender.IsName(core[(dash + 1)..]);
    }
}
