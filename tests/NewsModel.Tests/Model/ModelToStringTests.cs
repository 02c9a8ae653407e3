namespace NewsModel.Tests.Model;

public sealed class ModelToStringTests
{
    [Fact]
    public void ToString_Page_PrintsEveryMemberAndCollectionContents()
    {
        var page = new NewsPage
        {
            UiLanguage = "yo",
            Article = new NewsArticle { Headline = "H", Summary = "S.", Body = ["a.", "b."], Image = new NewsImage("c", aiGenerated: true) },
            Reactions = [new Reaction("r on X.") { Platform = "X" }],
            RelatedStories = [new StoryCard { Summary = "s.", AiReported = true }],
            Consent = new ConsentNotice { Title = "T", Actions = [new ConsentAction(ConsentActionKind.Decline, "Kọ")] },
            UnclassifiedText = ["u"],
        };

        // Written out by hand: the expected form, not the printer's output fed back.
        page.ToString().Should().Be(
            "NewsPage { UiLanguage = \"yo\", ContentLanguage = null, "
            + "Article = NewsArticle { Image = NewsImage { Caption = \"c\", AiGenerated = true }, Headline = \"H\", Summary = \"S.\", Body = [\"a.\", \"b.\"] }, "
            + "Tag = null, "
            + "Reactions = [Reaction { Text = \"r on X.\", Platform = \"X\" }], "
            + "RelatedStories = [StoryCard { Title = null, Summary = \"s.\", Image = null, AiReported = true }], "
            + "Stories = [], "
            + "Consent = ConsentNotice { Title = \"T\", Message = null, Actions = [ConsentAction { Kind = Decline, Label = \"Kọ\" }] }, "
            + "UnclassifiedText = [\"u\"] }");
    }

    [Theory]
    [InlineData("two\nlines", "\"two\\nlines\"")]
    [InlineData("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"")]
    [InlineData("\u00A0", "\"\\u00A0\"")]
    [InlineData("zero\u200Bwidth\uFEFF", "\"zero\\u200Bwidth\\uFEFF\"")]
    [InlineData("emoji 😀 kept", "\"emoji 😀 kept\"")]
    [InlineData("", "\"\"")]
    public void ToString_Text_IsQuotedWithInvisibleCharactersEscaped(string text, string expected)
    {
        new Reaction(text).ToString().Should().Be("Reaction { Text = " + expected + ", Platform = null }");
    }

    [Fact]
    public void ToString_LoneSurrogate_IsEscapedWhileAPairIsKept()
    {
        // Built at run time: attribute arguments are stored as UTF-8 and cannot hold a lone surrogate.
        var text = "lone " + (char)0xD800 + " surrogate, pair \uD83D\uDE00";

        new Reaction(text).ToString().Should().Be("Reaction { Text = \"lone \\uD800 surrogate, pair \uD83D\uDE00\", Platform = null }");
    }

    [Fact]
    public void ToString_EveryModelType_NeverPrintsACollectionTypeName()
    {
        object[] values =
        [
            new NewsPage { Stories = [new StoryCard()], UnclassifiedText = ["x"] },
            new NewsArticle { Body = ["x"] },
            new ConsentNotice { Title = "T", Actions = [new ConsentAction(ConsentActionKind.Other, "L")] },
        ];

        foreach (var value in values)
        {
            value.ToString().Should().NotContain("System.").And.NotContain("`1");
        }
    }
}
