using System.Text;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Tests.Text;

/// <summary>The golden test of the reference page in ../shared: every fact the foundation issue lists.</summary>
public sealed class ReferencePageTests
{
    [SkippableFact]
    public void Parse_ReferencePage_MatchesEveryListedFact()
    {
        var text = Repository.ReadReferencePage();
        var lines = text.Split('\n');
        string Line(int number) => lines[number - 1];

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        var page = result.Value;
        page.UiLanguage.Should().Be("yo");
        page.ContentLanguage.Should().BeNull();
        page.IsTagPage.Should().BeFalse();

        var article = page.Article!;
        article.Image.Should().Be(new NewsImage(Line(1), aiGenerated: true));
        article.Headline.Should().Be("Kast invites Bukele to handover after Ecuador visit");
        article.Summary.Should().Be(Line(8));
        article.Body.Should().Equal(Line(10), Line(12), Line(14), Line(16), Line(18));

        page.Reactions.Should().Equal(new Reaction(Line(22)) { Platform = SocialPlatforms.X });

        page.RelatedStories.Should().HaveCount(7);
        page.RelatedStories[0].Should().Be(new StoryCard { Title = "Kast arrives in Peru and avoids polemic with Boric over Trump criticisms", Summary = Line(33), Image = new NewsImage(Line(26), aiGenerated: true), AiReported = true });
        int[] summaryLines = [35, 39, 41, 45, 47, 51];
        bool[] reported = [false, true, false, true, false, true];
        for (var i = 0; i < summaryLines.Length; i++)
        {
            page.RelatedStories[i + 1].Should().Be(
                new StoryCard { Summary = Line(summaryLines[i]), AiReported = reported[i] },
                because: $"story #{i + 2} is the summary on line {summaryLines[i]}");
        }

        page.Consent.Should().Be(new ConsentNotice
        {
            Title = "Ojú-ìwé yìí nlo kuki",
            Message = Line(61),
            Actions = [new ConsentAction(ConsentActionKind.Decline, "Kọ")],
        });
        page.UnclassifiedText.Should().BeEmpty();
    }

    [SkippableFact]
    public void Write_ParsedReferencePage_IsByteForByteIdentical()
    {
        var bytes = Repository.ReadSharedBytes(Path.Combine("seed", "000_e916e260725cf719.txt"));
        var page = NewsPageText.Parse(Encoding.UTF8.GetString(bytes));

        var written = Encoding.UTF8.GetBytes(NewsPageText.Write(page));

        written.Should().Equal(bytes);
    }

    [SkippableFact]
    public void Parse_ReferencePageAsUtf8Bytes_EqualsParseOfDecodedText()
    {
        var bytes = Repository.ReadSharedBytes(Path.Combine("seed", "000_e916e260725cf719.txt"));

        var fromBytes = NewsPageText.Parse(bytes);
        var fromStream = NewsPageText.Parse(new MemoryStream(bytes));

        fromBytes.Should().Be(NewsPageText.Parse(Encoding.UTF8.GetString(bytes)));
        fromStream.Should().Be(fromBytes);
    }
}
