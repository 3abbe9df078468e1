namespace Relais.Engine.Signatures;

/// <summary>One non-blank line as the classifier sees it.</summary>
/// <param name="Index">Index of the line in the sender's own lines.</param>
/// <param name="Flags">What the line looks like.</param>
/// <param name="Length">Characters after trimming.</param>
/// <param name="Words">Word count.</param>
/// <param name="StopWords">Function words (EN/FR) among them.</param>
/// <param name="BlankBefore">A blank line (or the start) precedes it.</param>
/// <param name="BlankAfter">A blank line (or the end) follows it.</param>
internal readonly record struct LineInfo(int Index, LineFlags Flags, int Length, int Words, int StopWords, bool BlankBefore, bool BlankAfter)
{
    public bool Has(LineFlags flag) => (Flags & flag) != 0;
}
