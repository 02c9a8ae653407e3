namespace NewsModel.Tests.Model;

/// <summary>The publishing metadata of the model: the checks of its members, value equality and <see cref="DigitalSourceType"/>.</summary>
public sealed class PublishingMetadataTests
{
    public static TheoryData<string> NotAbsolute => ["", "news/1", "/news/1", "example.com/news", "not a uri"];

    [Theory]
    [MemberData(nameof(NotAbsolute))]
    public void UrlMembers_NotAbsolute_AreRefusedWithTheMemberName(string url)
    {
        var members = new (string Name, Action Set)[]
        {
            ("NewsPage.CanonicalUrl", () => _ = new NewsPage { CanonicalUrl = url }),
            ("NewsArticle.Identifier", () => _ = new NewsArticle { Identifier = url }),
            ("NewsImage.Url", () => _ = new NewsImage("C", aiGenerated: false) { Url = url }),
            ("StoryCard.Url", () => _ = new StoryCard { Url = url }),
            ("NewsAuthor.Url", () => _ = new NewsAuthor("A", url)),
            ("NewsPublisher.Url", () => _ = new NewsPublisher("P", url)),
            ("NewsPublisher.LogoUrl", () => _ = new NewsPublisher("P", logoUrl: url)),
        };

        foreach (var (name, set) in members)
        {
            set.Should().Throw<ArgumentException>(name).Which.ParamName.Should().Be(name);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ImageSize_NotPositive_IsRefused(int size)
    {
        var width = () => _ = new NewsImage("C", aiGenerated: false) { Width = size };
        var height = () => _ = new NewsImage("C", aiGenerated: false) { Height = size };

        width.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("NewsImage.Width");
        height.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("NewsImage.Height");
    }

    [Fact]
    public void DigitalSourceType_Default_IsRefusedByEveryMember()
    {
        var members = new Action[]
        {
            () => _ = new NewsImage("C", aiGenerated: false) { DigitalSourceType = default(DigitalSourceType) },
            () => _ = new StoryCard { DigitalSourceType = default(DigitalSourceType) },
            () => _ = new NewsArticle { DigitalSourceType = default(DigitalSourceType) },
        };

        foreach (var set in members)
        {
            set.Should().Throw<ArgumentException>();
        }
    }

    [Fact]
    public void Pages_DifferingInOneMetadataMember_AreNotEqual()
    {
        var published = new DateTimeOffset(2026, 11, 30, 8, 15, 0, TimeSpan.FromHours(1));
        var page = new NewsPage
        {
            CanonicalUrl = "https://news.example/a/1",
            Publisher = new NewsPublisher("Example News", "https://news.example/", "https://news.example/logo.png"),
            Article = new NewsArticle
            {
                Headline = "H",
                Published = published,
                Authors = [new NewsAuthor("Ada Okafor")],
                Keywords = ["Chile"],
                Image = new NewsImage("C", aiGenerated: true) { Url = "https://news.example/i.jpg", Width = 1200, Height = 675 },
            },
            RelatedStories = [new StoryCard { Title = "T", Url = "https://news.example/a/2" }],
        };
        var variants = new[]
        {
            page with { CanonicalUrl = "https://news.example/a/9" },
            page with { Publisher = page.Publisher! with { LogoUrl = null } },
            page with { Article = page.Article! with { Published = published.AddTicks(1) } },
            page with { Article = page.Article! with { Published = published.ToOffset(TimeSpan.Zero) } },
            page with { Article = page.Article! with { Authors = [new NewsAuthor("Ada Okafor", "https://news.example/ada")] } },
            page with { Article = page.Article! with { Keywords = ["Chile", "Peru"] } },
            page with { Article = page.Article! with { Section = "World" } },
            page with { Article = page.Article! with { DigitalSourceType = DigitalSourceType.HumanEdits } },
            page with { Article = page.Article! with { Image = page.Article!.Image! with { Width = 1201 } } },
            page with { RelatedStories = [page.RelatedStories[0] with { Url = null }] },
        };

        var copy = page with { Article = page.Article! with { Keywords = ["Chile"] } };
        copy.Should().Be(page);
        copy.GetHashCode().Should().Be(page.GetHashCode());
        page.HasPublishingMetadata.Should().BeTrue();
        foreach (var variant in variants)
        {
            variant.Should().NotBe(page);
        }
    }

    [Fact]
    public void HasPublishingMetadata_PageOfPageTextMembersOnly_IsFalse()
    {
        var page = new NewsPage
        {
            Article = new NewsArticle { Headline = "H", Image = new NewsImage("C", aiGenerated: true) },
            RelatedStories = [new StoryCard { Title = "T", AiReported = true }],
        };

        page.HasPublishingMetadata.Should().BeFalse();
        (page with { Stories = [new StoryCard { Url = "https://news.example/s" }] }).HasPublishingMetadata.Should().BeTrue();
    }

    [Theory]
    [InlineData("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", "trainedAlgorithmicMedia")]
    [InlineData("https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", "trainedAlgorithmicMedia")]
    [InlineData("digitalsourcetype:digitalCapture", "digitalCapture")]
    [InlineData("https://example.org/vocab/handDrawn", null)]
    public void DigitalSourceType_FromUri_ReadsIptcFormsAsTheTermAndKeepsOtherUris(string uri, string? term)
    {
        var value = DigitalSourceType.FromUri(uri);

        value.IptcTerm.Should().Be(term);
        value.Uri.Should().Be(term is null ? uri : DigitalSourceType.IptcVocabulary + term);
    }

    [Theory]
    [InlineData("")]
    [InlineData("relative/term")]
    [InlineData(null)]
    public void DigitalSourceType_TryFromUri_NotAbsolute_ReturnsFalse(string? uri)
    {
        DigitalSourceType.TryFromUri(uri, out var value).Should().BeFalse();
        value.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void DigitalSourceType_WellKnown_AreDistinctIptcTermsAndOnlyTheGenerativeOnesAreAi()
    {
        DigitalSourceType.WellKnown.Should().OnlyHaveUniqueItems().And.HaveCount(17);
        DigitalSourceType.WellKnown.Should().OnlyContain(t => t.IptcTerm != null && t.Uri.StartsWith(DigitalSourceType.IptcVocabulary));
        DigitalSourceType.WellKnown.Where(t => t.IsGenerativeAi).Should().BeEquivalentTo(
            [DigitalSourceType.TrainedAlgorithmicMedia, DigitalSourceType.CompositeWithTrainedAlgorithmicMedia]);
    }

    [Fact]
    public void SourceType_FollowsTheBadgeUnlessSetExplicitly()
    {
        new NewsImage("C", aiGenerated: true).SourceType.Should().Be(DigitalSourceType.TrainedAlgorithmicMedia);
        new NewsImage("C", aiGenerated: false).SourceType.Should().BeNull();
        new NewsImage("C", aiGenerated: false) { DigitalSourceType = DigitalSourceType.DigitalCapture }.SourceType.Should().Be(DigitalSourceType.DigitalCapture);
        new StoryCard { AiReported = true }.SourceType.Should().Be(DigitalSourceType.TrainedAlgorithmicMedia);
        new StoryCard().SourceType.Should().BeNull();
    }

    [Fact]
    public void ToString_PrintsMetadataOnlyWhereSet()
    {
        var image = new NewsImage("C", aiGenerated: false);

        image.ToString().Should().Be("NewsImage { Caption = \"C\", AiGenerated = false }");
        (image with { Width = 640, Url = "https://news.example/i.jpg" }).ToString()
            .Should().Be("NewsImage { Caption = \"C\", AiGenerated = false, Url = \"https://news.example/i.jpg\", Width = 640 }");
        new NewsArticle { Published = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) }.ToString()
            .Should().Contain("Published = 2026-01-02T03:04:05.0000000+00:00");
    }

    [Fact]
    public void WithoutPublishingMetadata_KeepsExactlyWhatPageTextShows()
    {
        var image = new NewsImage("Caption", aiGenerated: true);
        var card = new StoryCard { Title = "T", Summary = "S.", Image = image, AiReported = true };
        var plain = new NewsPage
        {
            UiLanguage = "en",
            ContentLanguage = "en",
            Article = new NewsArticle { Headline = "H", Summary = "L.", Body = ["B."], Image = image },
            Reactions = [new Reaction("R.")],
            RelatedStories = [card],
            Stories = [card],
            UnclassifiedText = ["U"],
        };
        var full = plain with
        {
            CanonicalUrl = "https://news.example/a",
            Publisher = new NewsPublisher("P"),
            Article = plain.Article! with
            {
                Identifier = "urn:uuid:5b0c9a0e-8d0f-4b7e-9f55-0d3b1f1f2a10",
                Published = DateTimeOffset.UnixEpoch,
                Modified = DateTimeOffset.UnixEpoch,
                Authors = [new NewsAuthor("A")],
                Keywords = ["K"],
                Section = "World",
                DigitalSourceType = DigitalSourceType.HumanEdits,
                Image = image with { Url = "https://news.example/i.jpg", Width = 1, Height = 1, AltText = "A", Credit = "C", CopyrightNotice = "N", DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia },
            },
            RelatedStories = [card with { Url = "https://news.example/r", DigitalSourceType = DigitalSourceType.TrainedAlgorithmicMedia, Image = image with { Url = "https://news.example/r.jpg" } }],
            Stories = [card with { Url = "https://news.example/s" }],
        };

        full.WithoutPublishingMetadata().Should().Be(plain);
        full.WithoutPublishingMetadata().HasPublishingMetadata.Should().BeFalse();
        plain.WithoutPublishingMetadata().Should().BeSameAs(plain);
    }
}
