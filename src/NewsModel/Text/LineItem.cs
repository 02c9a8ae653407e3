namespace NewsModel.Text;

/// <summary>One non-blank line of page text: a label line or a text line, with where it stands.</summary>
/// <param name="Text">The line trimmed of spaces and tabs; for string input a slice of it, so nothing is copied until kept.</param>
/// <param name="Keys">For a label line, the label keys it shows (a <see cref="LabelMatch"/> mask); 0 for a text line.</param>
/// <param name="Matches">For a label line, its readings (key and language); <see langword="null"/> for a text line.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column of its first character.</param>
/// <param name="StartsBlock">Whether a blank line (or the start of the page) comes before it.</param>
internal readonly record struct LineItem(ReadOnlyMemory<char> Text, uint Keys, LabelMatch[]? Matches, int Line, int Column, bool StartsBlock)
{
    public bool IsLabel => Keys != 0;

    public bool IsText => Keys == 0;
}
