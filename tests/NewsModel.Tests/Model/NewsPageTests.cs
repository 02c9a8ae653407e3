using System.Collections.Immutable;

namespace NewsModel.Tests.Model;

public sealed class NewsPageTests
{
    private static NewsPage Build() => new()
    {
        UiLanguage = "yo",
        Article = new NewsArticle { Headline = "H", Summary = "S.", Body = ["a.", "b."], Image = new NewsImage("c", aiGenerated: true) },
        Reactions = [new Reaction("r on X.") { Platform = "X" }],
        RelatedStories = [new StoryCard { Title = "t", Summary = "s.", AiReported = true }],
        Consent = new ConsentNotice { Title = "T", Message = "M", Actions = [new ConsentAction(ConsentActionKind.Decline, "Kọ")] },
        UnclassifiedText = ["u"],
    };

    [Fact]
    public void Equals_PagesBuiltSeparately_AreEqualWithEqualHashCodes()
    {
        var first = Build();
        var second = Build();

        first.Should().NotBeSameAs(second);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_PagesDifferingInOneBodyParagraph_AreNotEqual()
    {
        var page = Build();
        var changed = page with { Article = page.Article! with { Body = ["a.", "B."] } };

        changed.Should().NotBe(page);
    }

    [Theory]
    [InlineData(nameof(NewsPage.Reactions))]
    [InlineData(nameof(NewsPage.RelatedStories))]
    [InlineData(nameof(NewsPage.Stories))]
    [InlineData(nameof(NewsPage.UnclassifiedText))]
    public void Equals_PagesDifferingInOneCollection_AreNotEqual(string member)
    {
        var page = Build();
        var changed = member switch
        {
            nameof(NewsPage.Reactions) => page with { Reactions = [] },
            nameof(NewsPage.RelatedStories) => page with { RelatedStories = page.RelatedStories.Add(new StoryCard { Summary = "x." }) },
            nameof(NewsPage.Stories) => page with { Stories = [new StoryCard { Summary = "x." }] },
            _ => page with { UnclassifiedText = ["v"] },
        };

        changed.Should().NotBe(page);
    }

    [Fact]
    public void Collections_SetToDefault_ReadAsEmpty()
    {
        var page = new NewsPage { Reactions = default, Stories = default, RelatedStories = default, UnclassifiedText = default };
        var article = new NewsArticle { Body = default };
        var consent = new ConsentNotice { Title = "T", Actions = default };

        page.Reactions.IsDefault.Should().BeFalse();
        page.Reactions.Should().BeEmpty();
        article.Body.Should().BeEmpty();
        consent.Actions.Should().BeEmpty();
        page.Should().Be(new NewsPage());
    }

    [Fact]
    public void IsTagPage_NoArticleWithStories_IsTrueOnlyThen()
    {
        new NewsPage { Stories = [new StoryCard { Summary = "s." }] }.IsTagPage.Should().BeTrue();
        new NewsPage().IsTagPage.Should().BeFalse();
        Build().IsTagPage.Should().BeFalse();
    }

    [Fact]
    public void ConsentNotice_ActionsCompareByValue()
    {
        ImmutableArray<ConsentAction> actions = [new ConsentAction(ConsentActionKind.Accept, "OK")];

        new ConsentNotice { Title = "T", Message = "M", Actions = actions }.Should().Be(new ConsentNotice { Title = "T", Message = "M", Actions = [new ConsentAction(ConsentActionKind.Accept, "OK")] });
        new ConsentNotice { Title = "T", Message = "M", Actions = actions }.Should().NotBe(new ConsentNotice { Title = "T", Message = "M", Actions = [new ConsentAction(ConsentActionKind.Decline, "OK")] });
    }
}
