using System.Text;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>
/// The allocation targets of issue 2 (section 9) on the reference page, measured as the bytes this thread allocates,
/// so that CI catches a regression between benchmark runs (benchmarks/README.md has the measured numbers).
/// </summary>
public sealed class PageTextAllocationTests
{
    private const int WarmUps = 3;

    [SkippableFact]
    public void ParseString_ReferencePage_AllocatesAtMost16KB()
    {
        var text = Encoding.UTF8.GetString(ReadReferencePage());

        var allocated = Measure(() => NewsPageText.Parse(text));

        allocated.Should().BeLessThanOrEqualTo(16 * 1024, "Parse(string) allocates only the strings the page keeps and a little bookkeeping");
    }

    [SkippableFact]
    public void ParseUtf8_ReferencePage_AllocatesLessThanDecodedTextPlusKeptStrings()
    {
        var bytes = ReadReferencePage();
        var decodedBytes = Encoding.UTF8.GetCharCount(bytes) * sizeof(char);
        var keptBytes = KeptBytes(NewsPageText.Parse(bytes));

        var allocated = Measure(() => NewsPageText.Parse(bytes));

        allocated.Should().BeLessThan(decodedBytes + keptBytes, "the UTF-8 overload decodes one line at a time into a pooled buffer, never the whole text");
    }

    private static byte[] ReadReferencePage() => Repository.ReadSharedBytes(Path.Combine("seed", "000_e916e260725cf719.txt"));

    private static long Measure(Func<NewsPage> parse)
    {
        for (var i = 0; i < WarmUps; i++)
        {
            parse();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var page = parse();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(page);
        return allocated;
    }

    // The strings the page keeps, as the runtime stores them: a header, two bytes per character and a terminator.
    private static long KeptBytes(NewsPage page)
    {
        var strings = new List<string?>();
        if (page.Article is { } article)
        {
            strings.AddRange([article.Image?.Caption, article.Headline, article.Summary, .. article.Body]);
        }

        strings.AddRange(page.Reactions.Select(reaction => reaction.Text));
        foreach (var story in page.Stories.Concat(page.RelatedStories))
        {
            strings.AddRange([story.Image?.Caption, story.Title, story.Summary]);
        }

        if (page.Consent is { } consent)
        {
            strings.AddRange([consent.Title, consent.Message, .. consent.Actions.Select(action => action.Label)]);
        }

        return strings.OfType<string>().Sum(s => 22L + (2L * s.Length));
    }
}
