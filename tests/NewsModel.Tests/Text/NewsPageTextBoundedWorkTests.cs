using System.Text;
using NewsModel.Localization;

namespace NewsModel.Tests.Text;

/// <summary>
/// Issue 7, section 4: bounded work on hostile input. A read keeps at most <see cref="NewsPageTextOptions.MaxDiagnostics"/>
/// diagnostics (the earliest) and one more that counts the rest; messages quote at most a short, cut excerpt of the input.
/// </summary>
public sealed class NewsPageTextBoundedWorkTests
{
    private static readonly string s_related = LabelCatalog.Default.GetLabel("en", LabelKey.RelatedNews)!;
    private static readonly string s_badge = LabelCatalog.Default.GetLabel("en", LabelKey.AiReported)!;

    [Fact]
    public void ParseWithDiagnostics_4MiBOfInvalidUtf8_KeepsMaxDiagnosticsAndCountsTheRest()
    {
        // The defect: 4,194,304 diagnostics, 1.25 GB allocated.
        var bytes = new byte[NewsPageTextOptions.DefaultMaxInputLength];
        bytes.AsSpan().Fill(0xFF);
        NewsPageText.ParseWithDiagnostics(bytes); // Warm-up: the pooled decoding buffer.

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = NewsPageText.ParseWithDiagnostics(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Diagnostics.Should().HaveCount(NewsPageTextOptions.DefaultMaxDiagnostics + 1);
        result.Diagnostics.Take(NewsPageTextOptions.DefaultMaxDiagnostics).Should().OnlyContain(d => d.Code == NewsDiagnosticCode.InvalidUtf8);
        result.Diagnostics.Select(d => d.Column).Take(3).Should().Equal(1, 2, 3);
        var summary = result.Diagnostics[^1];
        summary.Code.Should().Be(NewsDiagnosticCode.TooManyDiagnostics);
        summary.Severity.Should().Be(NewsDiagnosticSeverity.Warning);
        (summary.Line, summary.Column).Should().Be((1, NewsPageTextOptions.DefaultMaxDiagnostics + 1), "it stands where the first diagnostic left out does");
        summary.Message.Should().StartWith($"{bytes.Length - NewsPageTextOptions.DefaultMaxDiagnostics} more diagnostics were found and left out");
        result.Value.Article!.Summary.Should().HaveLength(bytes.Length, "every invalid byte is still one U+FFFD of the text");

        // The page keeps one string of 4 Mi characters (8 MiB): the read allocates little beyond it.
        allocated.Should().BeLessThan(12L * 1024 * 1024);
    }

    [Fact]
    public void ParseWithDiagnostics_MoreDiagnosticsThanTheMaximum_KeepsTheEarliestInInputOrder()
    {
        // Structural warnings (found after reading) at lines before the encoding warnings of a later line (found while
        // reading): four orphan badges (the fifth belongs to the card the invalid bytes make), then ten invalid bytes.
        var text = new StringBuilder("Headline of the day\n\nA lead sentence.\n\n");
        for (var i = 0; i < 5; i++)
        {
            text.Append(s_badge).Append("\n\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(Enumerable.Repeat((byte)0xFF, 10)).ToArray();
        var options = new NewsPageTextOptions { MaxDiagnostics = 7 };

        var result = NewsPageText.ParseWithDiagnostics(bytes, options);

        result.Diagnostics.Should().HaveCount(8);
        result.Diagnostics.Take(4).Should().OnlyContain(d => d.Code == NewsDiagnosticCode.OrphanBadge);
        result.Diagnostics.Skip(4).Take(3).Should().OnlyContain(d => d.Code == NewsDiagnosticCode.InvalidUtf8);
        result.Diagnostics[^1].Code.Should().Be(NewsDiagnosticCode.TooManyDiagnostics);
        result.Diagnostics[^1].Message.Should().StartWith("7 more diagnostics");
        result.Diagnostics.Select(d => (d.Line * 100_000) + d.Column).Should().BeInAscendingOrder();
    }

    [Fact]
    public void ParseWithDiagnostics_TooManyDiagnosticsInStrictMode_FailsAndTheSummaryIsAnError()
    {
        var bytes = Enumerable.Repeat((byte)0xFF, 50).ToArray();

        var result = NewsPageText.ParseWithDiagnostics(bytes, new NewsPageTextOptions { Strict = true, MaxDiagnostics = 3 });

        result.Success.Should().BeFalse();
        result.Diagnostics.Should().HaveCount(4).And.OnlyContain(d => d.IsError);
    }

    [Fact]
    public void ParseWithDiagnostics_ExactlyTheMaximum_AddsNoSummary()
    {
        var bytes = Enumerable.Repeat((byte)0xFF, 3).ToArray();

        var result = NewsPageText.ParseWithDiagnostics(bytes, new NewsPageTextOptions { MaxDiagnostics = 3 });

        result.Diagnostics.Should().HaveCount(3).And.OnlyContain(d => d.Code == NewsDiagnosticCode.InvalidUtf8);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void MaxDiagnostics_NotPositive_Throws(int value)
    {
        var act = () => new NewsPageTextOptions { MaxDiagnostics = value };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ParseWithDiagnostics_LongRepeatedHeading_QuotesACutExcerpt()
    {
        // A heading line can be long: runs of spaces are one space under the matching rule.
        var heading = s_related.Replace(" ", new string(' ', 5000) + "\u00A0", StringComparison.Ordinal);
        var text = $"Headline of the day\n\nA lead sentence.\n\n{s_related}\n\nA card.\n\n{heading}\n\nAnother card.";

        var result = NewsPageText.ParseWithDiagnostics(text);

        var diagnostic = result.Diagnostics.Should().ContainSingle(d => d.Code == NewsDiagnosticCode.UnexpectedHeading).Subject;
        diagnostic.Message.Length.Should().BeLessThan(200);
        diagnostic.Message.Should().Contain("\"" + heading[..DiagnosticMessages.MaxExcerptLength] + "… (" + heading.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)\"");
    }

    [Theory]
    [InlineData("Short", "\"Short\"")]
    [InlineData("Tab\tand\u001Bescape", "\"Tab\\u0009and\\u001Bescape\"")]
    public void Quote_ShortText_IsQuotedWholeWithControlsEscaped(string text, string expected)
    {
        DiagnosticMessages.Quote(text).Should().Be(expected);
    }

    [Fact]
    public void Quote_LongText_IsCutNeverInsideASurrogatePair()
    {
        var text = new string('a', DiagnosticMessages.MaxExcerptLength - 1) + "😀" + new string('b', 100);

        var quoted = DiagnosticMessages.Quote(text);

        quoted.Should().Be("\"" + new string('a', DiagnosticMessages.MaxExcerptLength - 1) + "… (" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)\"");
    }
}
