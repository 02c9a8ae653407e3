namespace NewsModel;

/// <summary>One line of an NDJSON stream of pages: its line number and the page it holds, or the diagnostics that stopped its read.</summary>
public sealed record NewsPageNdjsonRecord
{
    internal NewsPageNdjsonRecord(long lineNumber, ParseResult<NewsPage> result)
    {
        LineNumber = lineNumber;
        Result = result;
    }

    /// <summary>The 1-based line number of the record in the stream (lines end at LF; blank lines are counted but hold no record).</summary>
    public long LineNumber { get; }

    /// <summary>The page, or the diagnostics of the line; their <see cref="NewsDiagnostic.Line"/> is the line in the stream.</summary>
    public ParseResult<NewsPage> Result { get; }
}
