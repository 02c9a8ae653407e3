using NewsModel.Localization;
using static NewsModel.Tests.Text.PageBuilder;

namespace NewsModel.Tests.Text;

/// <summary>Tag pages as the live site shows them: the tag's name, the Follow button, single-newline pages.</summary>
public sealed class NewsPageTextTagPageTests
{
    private static string Card(string title, string summary, string language = "en")
        => Blocks(title, Label(LabelKey.AiReported, language), summary);

    [Theory]
    [InlineData("Chile")]
    [InlineData("Concert Tribute")]
    [InlineData("コンサート・トリビュート")]
    public void TryParse_NameAndFollowButton_ReadsTheTag(string name)
    {
        var text = Blocks(name, Label(LabelKey.TagFollow), Card("A title", "A summary."));

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Tag.Should().Be(new NewsTag { Name = name, HasFollowButton = true });
        result.Value.Stories.Should().Equal(new StoryCard { Title = "A title", AiReported = true, Summary = "A summary." });
        NewsPageText.Write(result.Value).Should().Be(text);
    }

    [Fact]
    public void TryParse_NameWithoutFollowButton_BeforeACardWithImage_ReadsTheName()
    {
        var text = Blocks("Chile", "A caption.\n" + Label(LabelKey.AiGeneratedImage), "A title", Label(LabelKey.AiReported) + " " + Label(LabelKey.AiGeneratedImage), "A summary.");

        var page = NewsPageText.Parse(text);

        page.Tag.Should().Be(new NewsTag { Name = "Chile" });
        page.Stories.Should().ContainSingle().Which.Image.Should().Be(new NewsImage("A caption.", aiGenerated: true));
        NewsPageText.Write(page).Should().Be(text);
    }

    [Fact]
    public void TryParse_NameWithoutFollowButton_BeforeATitledCard_ReadsTheName()
    {
        var text = Blocks("Chile", Card("A title", "A summary."));

        var page = NewsPageText.Parse(text);

        page.Tag.Should().Be(new NewsTag { Name = "Chile" });
        page.Stories.Should().Equal(new StoryCard { Title = "A title", AiReported = true, Summary = "A summary." });
        NewsPageText.Write(page).Should().Be(text);
    }

    [Fact]
    public void TryParse_FollowButtonAlone_IsATagPageWithoutName()
    {
        var text = Blocks(Label(LabelKey.TagFollow), "Only a summary here.");

        var page = NewsPageText.Parse(text);

        page.Tag.Should().Be(new NewsTag { HasFollowButton = true });
        page.Article.Should().BeNull("the Follow button marks a tag page even when no card has a badge");
        page.Stories.Should().Equal(new StoryCard { Summary = "Only a summary here." });
    }

    [Fact]
    public void TryParse_FollowTextInsideAnArticle_IsText()
    {
        // "Follow" is a label only under a tag's name: in a body it is a paragraph like any other.
        var text = Blocks("A headline", "A lead sentence.", "Follow", "More body.");

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Article!.Body.Should().Equal("Follow", "More body.");
        result.Value.Tag.Should().BeNull();
    }

    [Fact]
    public void TryParse_SingleNewlineTagPage_ReadsCardsByTheirLabels()
    {
        var blank = Blocks("Chile", Label(LabelKey.TagFollow), Card("A title", "A summary."), Label(LabelKey.AiReported), "Second summary.");
        var compact = blank.Replace("\n\n", "\n", StringComparison.Ordinal);

        var fromCompact = NewsPageText.ParseWithDiagnostics(compact);

        fromCompact.Diagnostics.Should().BeEmpty();
        fromCompact.GetValueOrDefault().Should().Be(NewsPageText.Parse(blank));
        fromCompact.Value.Article.Should().BeNull();
        fromCompact.Value.Stories.Should().HaveCount(2);
    }

    [Fact]
    public void TryParse_FollowButtonInAnotherLanguage_SetsTheInterfaceLanguage()
    {
        var text = Blocks("Halalan 2026", Label(LabelKey.TagFollow, "fil"), Card("Isang pamagat", "Isang buod.", "fil"));

        var page = NewsPageText.Parse(text);

        page.UiLanguage.Should().Be("fil");
        page.Tag!.Name.Should().Be("Halalan 2026");
    }

    [Fact]
    public void Write_TagWithArticle_IsRefused()
    {
        var page = new NewsPage { Article = new NewsArticle { Summary = "S." }, Tag = new NewsTag { Name = "Chile" } };

        var act = () => NewsPageText.Write(page);

        act.Should().Throw<ArgumentException>().WithMessage("*tag*");
    }
}
