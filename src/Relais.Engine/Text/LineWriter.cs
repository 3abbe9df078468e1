using System.Text;

namespace Relais.Engine.Text;

/// <summary>Accumulates rendered HTML as lines: collapses whitespace like a browser, at most one blank line in a row.</summary>
internal sealed class LineWriter(int capacity)
{
    private readonly StringBuilder _text = new(Math.Clamp(capacity, 256, 1 << 20));
    private bool _lineHasText;
    private bool _pendingSpace;
    private bool _lastWasBlank = true;

    /// <summary>Characters written so far (tells whether an element produced any text).</summary>
    public int Length => _text.Length;

    /// <summary>Nesting of quoted material; lines inside are written with that many <c>&gt;</c>.</summary>
    public int QuoteDepth { get; set; }

    public void Inline(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _lineHasText;
                continue;
            }

            Put(c);
        }
    }

    public void Literal(string data)
    {
        foreach (var c in data)
        {
            Put(c);
        }
    }

    public void Preformatted(string data)
    {
        foreach (var line in data.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Break();
                continue;
            }

            Literal(line.TrimEnd());
            EndLine();
        }
    }

    /// <summary>A <c>br</c>: ends the line, or writes a blank line when the line is empty.</summary>
    public void Break()
    {
        if (_lineHasText)
        {
            EndLine();
        }
        else
        {
            BlankLine();
        }
    }

    public void EndLine()
    {
        if (!_lineHasText)
        {
            return;
        }

        _text.Append('\n');
        _lineHasText = false;
        _pendingSpace = false;
        _lastWasBlank = false;
    }

    public void BlankLine()
    {
        if (_lineHasText || _lastWasBlank)
        {
            return;
        }

        _text.Append('>', QuoteDepth).Append('\n');
        _lastWasBlank = true;
    }

    public override string ToString()
    {
        // Drop trailing blank lines (quoted blank lines are only '>').
        var end = _text.Length;
        while (end > 0)
        {
            var start = end - 1;
            while (start > 0 && _text[start - 1] != '\n')
            {
                start--;
            }

            var blank = true;
            for (var i = start; i < end && blank; i++)
            {
                blank = _text[i] is '\n' or '>';
            }

            if (!blank)
            {
                break;
            }

            end = start;
        }

        return _text.ToString(0, end).TrimEnd('\n');
    }

    private void Put(char c)
    {
        if (!_lineHasText)
        {
            if (QuoteDepth > 0)
            {
                _text.Append('>', QuoteDepth).Append(' ');
            }

            _lineHasText = true;
        }
        else if (_pendingSpace)
        {
            _text.Append(' ');
        }

        _pendingSpace = false;
        _text.Append(c);
    }
}
