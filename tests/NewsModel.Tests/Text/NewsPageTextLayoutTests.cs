using NewsModel.Localization;
using static NewsModel.Tests.Text.PageBuilder;

namespace NewsModel.Tests.Text;

/// <summary>One test per layout of ../shared/README.md, on pages written here.</summary>
public sealed class NewsPageTextLayoutTests
{
    private const string Caption = "Volunteers load sandbags onto a truck beside the flooded river";
    private const string Headline = "River towns brace for a second flood crest";
    private const string Lead = "Emergency crews reinforced levees overnight as forecasters warned of more rain.";
    private const string Body1 = "The river rose by a metre in six hours, officials said.";
    private const string Body2 = "Schools in three districts will stay closed on Monday.";

    [Fact]
    public void Parse_LayoutA_ReadsImageHeadlineLeadAndBody()
    {
        var text = Blocks(Image(Caption), Headline, Label(LabelKey.AiGeneratedImage), Lead, Body1, Body2);

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.UiLanguage.Should().Be("en");
        result.Value.Article.Should().Be(new NewsArticle
        {
            Image = new NewsImage(Caption, aiGenerated: true),
            Headline = Headline,
            Summary = Lead,
            Body = [Body1, Body2],
        });
        result.Value.IsTagPage.Should().BeFalse();
    }

    [Fact]
    public void Parse_LayoutB_ReadsHeadlineLeadAndBodyWithoutImage()
    {
        var text = Blocks(Headline, Lead, Body1, Label(LabelKey.RelatedNews), "Dam operators release water ahead of the storm.");

        var page = NewsPageText.Parse(text);

        page.Article.Should().Be(new NewsArticle { Headline = Headline, Summary = Lead, Body = [Body1] });
        page.RelatedStories.Should().Equal(new StoryCard { Summary = "Dam operators release water ahead of the storm." });
    }

    [Fact]
    public void Parse_LayoutC_ReadsLeadAndBodyOnSingleNewlines()
    {
        var text = Lines(Lead, Body1, Body2);

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.UiLanguage.Should().BeNull("a body-only page shows no label");
        result.Value.Article.Should().Be(new NewsArticle { Summary = Lead, Body = [Body1, Body2] });
    }

    [Fact]
    public void Parse_TagPage_ReadsStoryCardsAndBanner()
    {
        var text = Blocks(
            Image("A crowd gathers at the harbour"),
            "Harbour festival returns after five years",
            Label(LabelKey.AiReported) + " " + Label(LabelKey.AiGeneratedImage),
            "The festival drew forty thousand visitors on its first day.",
            Label(LabelKey.AiReported),
            "Ferry timetables change for the summer season.",
            "Fishermen report the best catch in a decade.",
            Banner("en", LabelKey.CookieDecline, LabelKey.CookieAccept));

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        var page = result.Value;
        page.IsTagPage.Should().BeTrue();
        page.Article.Should().BeNull();
        page.Stories.Should().Equal(
            new StoryCard { Title = "Harbour festival returns after five years", Summary = "The festival drew forty thousand visitors on its first day.", Image = new NewsImage("A crowd gathers at the harbour", aiGenerated: true), AiReported = true },
            new StoryCard { Summary = "Ferry timetables change for the summer season.", AiReported = true },
            new StoryCard { Summary = "Fishermen report the best catch in a decade." });
        page.Consent!.Actions.Select(action => action.Kind).Should().Equal(ConsentActionKind.Decline, ConsentActionKind.Accept);
    }

    [Fact]
    public void Parse_RelatedNewsRightAfterBody_HasNoReactions()
    {
        var text = Blocks(Headline, Lead, Label(LabelKey.RelatedNews), Label(LabelKey.AiReported), "Storm warnings extended to the coast.");

        var page = NewsPageText.Parse(text);

        page.Reactions.Should().BeEmpty();
        page.Article!.Body.Should().BeEmpty();
        page.RelatedStories.Should().Equal(new StoryCard { Summary = "Storm warnings extended to the coast.", AiReported = true });
    }

    [Fact]
    public void Parse_Reactions_DetectsThePlatformEachParagraphNames()
    {
        var text = Blocks(
            Headline,
            Lead,
            Label(LabelKey.WhatPeopleAreSaying),
            "Users on X shared videos of the rising water.",
            "Residents on Reddit organised lifts for stranded neighbours.",
            "Neighbours praised the volunteers.");

        var page = NewsPageText.Parse(text);

        page.Reactions.Select(reaction => reaction.Platform).Should().Equal(SocialPlatforms.X, SocialPlatforms.Reddit, null);
    }

    [Fact]
    public void Parse_StoryCardVariants_ReadsImageTitleAndBadges()
    {
        var text = Blocks(
            Headline,
            Lead,
            Label(LabelKey.RelatedNews),
            Image("Engineers inspect a bridge"),
            "Bridge reopens after inspection",
            Label(LabelKey.AiGeneratedImage),
            "Traffic resumed on the old bridge on Sunday.",
            "Council approves flood defence budget",
            "The plan funds two new pumping stations.",
            Label(LabelKey.AiReported),
            "Rail services run at reduced speed.");

        var page = NewsPageText.Parse(text);

        page.RelatedStories.Should().Equal(
            new StoryCard { Title = "Bridge reopens after inspection", Summary = "Traffic resumed on the old bridge on Sunday.", Image = new NewsImage("Engineers inspect a bridge", aiGenerated: true) },
            new StoryCard { Title = "Council approves flood defence budget", Summary = "The plan funds two new pumping stations." },
            new StoryCard { Summary = "Rail services run at reduced speed.", AiReported = true });
    }

    [Theory]
    [InlineData("\u00A0")]
    [InlineData(" \u00A0 ")]
    [InlineData("\t")]
    [InlineData("   ")]
    public void Parse_SpacerLines_AreLayoutNotText(string spacer)
    {
        var text = Blocks(Headline, Lead, spacer, spacer, Label(LabelKey.CookieTitle), Lines(Label(LabelKey.CookieMessage), Label(LabelKey.CookieDecline)));

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Diagnostics.Should().BeEmpty();
        result.Value.Consent!.Title.Should().Be(Label(LabelKey.CookieTitle));
        result.Value.UnclassifiedText.Should().BeEmpty();
    }

    [Fact]
    public void Parse_BannerWithSeveralButtons_KeepsOrderKindsAndLabels()
    {
        var text = Blocks(Headline, Lead, Banner("en", LabelKey.CookieAccept, LabelKey.CookieDecline) + "\nManage settings");

        var consent = NewsPageText.Parse(text).Consent!;

        consent.Message.Should().Be(Label(LabelKey.CookieMessage));
        consent.Actions.Should().Equal(
            new ConsentAction(ConsentActionKind.Accept, Label(LabelKey.CookieAccept)),
            new ConsentAction(ConsentActionKind.Decline, Label(LabelKey.CookieDecline)),
            new ConsentAction(ConsentActionKind.Other, "Manage settings"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void Parse_PageCutOffAfterBlocks_KeepsEveryBlockItHas(int blockCount)
    {
        string[] blocks = [Image(Caption), Headline, Label(LabelKey.AiGeneratedImage), Lead, Body1, Label(LabelKey.RelatedNews), Image("Sandbags")];
        var text = Blocks(blocks[..blockCount]);

        var result = NewsPageText.ParseWithDiagnostics(text);

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty("a page cut off between blocks is merely truncated");
        var kept = AllText(result.Value);
        foreach (var block in blocks[..blockCount].Where(block => !IsLabel(block)))
        {
            kept.Should().Contain(block.Split('\n')[0]);
        }
    }

    [Fact]
    public void Parse_PageCutOffMidWord_KeepsThePartialParagraph()
    {
        var text = Blocks(Headline, Lead, "The river rose by a me");

        var page = NewsPageText.Parse(text);

        page.Article!.Body.Should().Equal("The river rose by a me");
    }

    private static bool IsLabel(string block) => LabelCatalog.Default.LabelSets.Any(set => LabelKeys.All.Any(key => set[key] == block));

    internal static List<string> AllText(NewsPage page)
    {
        var text = new List<string>();
        if (page.Article is { } article)
        {
            text.AddRange(new[] { article.Image?.Caption, article.Headline, article.Summary }.OfType<string>());
            text.AddRange(article.Body);
        }

        text.AddRange(new[] { page.Tag?.Name }.OfType<string>());
        text.AddRange(page.Reactions.Select(reaction => reaction.Text));
        foreach (var story in page.RelatedStories.Concat(page.Stories))
        {
            text.AddRange(new[] { story.Image?.Caption, story.Title, story.Summary }.OfType<string>());
        }

        if (page.Consent is { } consent)
        {
            text.AddRange(new[] { consent.Title, consent.Message }.OfType<string>());
            text.AddRange(consent.Actions.Select(action => action.Label));
        }

        text.AddRange(page.UnclassifiedText);
        return text;
    }
}
