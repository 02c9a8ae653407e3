using System.Text;
using CsCheck;

namespace NewsModel.Tests.Json;

/// <summary>
/// The publishing metadata of schema version 2: dates keep their offset, source types are their URIs, unset members are
/// left out, version 1 documents still read; and the generators make the hard values the property tests rely on.
/// </summary>
public sealed class NewsPageJsonMetadataTests
{
    private static NewsPage Dated(DateTimeOffset? published, DateTimeOffset? modified = null)
        => new() { Article = new NewsArticle { Headline = "H", Published = published, Modified = modified } };

    [Theory]
    [InlineData("2026-03-01T08:30:00+14:00")]
    [InlineData("2026-03-01T08:30:00-14:00")]
    [InlineData("2026-03-01T08:30:00-09:30")]
    [InlineData("2026-03-01T08:30:00+00:00")]
    [InlineData("2026-03-01T08:30:00.1234567+05:45")]
    [InlineData("2026-03-01T08:30:00.5+01:00")]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999+14:00")]
    public void RoundTrip_Date_KeepsItsTextAndOffset(string date)
    {
        var json = $$"""{"schemaVersion":2,"article":{"body":[],"published":"{{date}}"},"reactions":[],"relatedStories":[],"stories":[]}""";

        var page = NewsPageJson.Deserialize(json);

        page.Article!.Published!.Value.Offset.Should().Be(DateTimeOffset.Parse(date, System.Globalization.CultureInfo.InvariantCulture).Offset);
        NewsPageJson.Serialize(page).Should().Be(json);
    }

    [Fact]
    public void Deserialize_DateInUtcWithZ_ReadsOffsetZero_WritesPlusZero()
    {
        var page = NewsPageJson.Deserialize("""{"schemaVersion":2,"article":{"published":"2026-03-01T08:30:00Z"}}""");

        page.Article!.Published.Should().Be(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero));
        NewsPageJson.Serialize(page).Should().Contain("\"published\":\"2026-03-01T08:30:00+00:00\"");
    }

    [Fact]
    public void RoundTrip_SameInstantOtherOffset_IsAnotherPage()
    {
        var utc = Dated(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero));
        var lagos = Dated(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)));

        NewsPageJson.Deserialize(NewsPageJson.Serialize(lagos)).Should().Be(lagos).And.NotBe(utc, "the offset is part of the value");
    }

    [Theory]
    [InlineData("https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")]
    [InlineData("digitalsourcetype:trainedAlgorithmicMedia")]
    [InlineData("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")]
    public void Deserialize_IptcSourceTypeInAnyOfItsForms_ReadsTheTerm(string uri)
    {
        var page = NewsPageJson.Deserialize($$$"""{"schemaVersion":2,"article":{"digitalSourceType":"{{{uri}}}"}}""");

        page.Article!.DigitalSourceType.Should().Be(DigitalSourceType.TrainedAlgorithmicMedia);
        NewsPageJson.Serialize(page).Should().Contain("\"digitalSourceType\":\"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia\"");
    }

    [Fact]
    public void Serialize_EmptyAuthorsAndKeywords_AreLeftOut()
    {
        var json = NewsPageJson.Serialize(new NewsPage { Article = new NewsArticle { Headline = "H", Authors = [], Keywords = [] } });

        json.Should().Be("""{"schemaVersion":2,"article":{"headline":"H","body":[]},"reactions":[],"relatedStories":[],"stories":[]}""");
    }

    [Fact]
    public void Deserialize_SchemaVersionAfterMetadata_ReadsVersion2()
    {
        var page = NewsPageJson.Deserialize("""{"canonicalUrl":"https://a.example/","article":{"section":"World"},"schemaVersion":2}""");

        page.CanonicalUrl.Should().Be("https://a.example/");
        page.Article!.Section.Should().Be("World");
    }

    [Fact]
    public void Deserialize_NullMetadata_ReadsAsUnset()
    {
        var page = NewsPageJson.Deserialize(
            """{"schemaVersion":2,"canonicalUrl":null,"publisher":null,"article":{"identifier":null,"published":null,"section":null,"digitalSourceType":null,"image":{"aiGenerated":true,"width":null,"url":null,"credit":null}}}""");

        page.HasPublishingMetadata.Should().BeFalse();
    }

    [Fact]
    public void Deserialize_Version1Document_WritesAsVersion2WithNothingElseChanged()
    {
        const string Version1 = """{"schemaVersion":1,"uiLanguage":"en","article":{"headline":"H","body":["B."],"image":{"caption":"C","aiGenerated":true}},"reactions":[],"relatedStories":[],"stories":[]}""";

        NewsPageJson.Serialize(NewsPageJson.Deserialize(Version1)).Should().Be(Version1.Replace("\"schemaVersion\":1", "\"schemaVersion\":2", StringComparison.Ordinal));
    }

    [Fact]
    public void Deserialize_EscapedDate_ReadsLikeThePlainOne()
    {
        var page = NewsPageJson.Deserialize("""{"schemaVersion":2,"article":{"published":"2026-03-01T08:30:00\u002B05:00"}}""");

        page.Article!.Published.Should().Be(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.FromHours(5)));
    }

    [Fact]
    public void RoundTrip_GeneratedPageWithMetadata_ReturnsThePageExactly()
        => JsonPageGenerators.Page.Sample(
            page =>
            {
                var utf8 = NewsPageJson.SerializeToUtf8Bytes(page);
                var read = NewsPageJson.Deserialize(utf8);
                return read == page
                    && Equals(read.Article?.Published?.Offset, page.Article?.Published?.Offset)
                    && Equals(read.Article?.Modified?.Offset, page.Article?.Modified?.Offset)
                    && NewsPageJson.SerializeToUtf8Bytes(read).AsSpan().SequenceEqual(utf8);
            },
            iter: 5_000);

    [Fact]
    public void Generators_MakeTheHardMetadataValues()
    {
        // The property tests are only as hard as their pages: from a fixed seed, every hard value appears.
        var pcg = new PCG(1, 20_261_202);
        var pages = Enumerable.Range(0, 2_000).Select(i => JsonPageGenerators.Page.Generate(pcg, null, out _)).ToList();
        var dates = pages.SelectMany(p => new[] { p.Article?.Published, p.Article?.Modified }).OfType<DateTimeOffset>().ToList();
        var uris = pages.SelectMany(Uris).ToList();
        var types = pages.SelectMany(SourceTypes).ToList();

        pages.Count(p => p.HasPublishingMetadata).Should().BeGreaterThan(1_000, "about half the parts carry metadata");
        pages.Should().Contain(p => !p.HasPublishingMetadata, "some pages have none, as version 1 pages");
        dates.Should().Contain(d => d.Offset == TimeSpan.FromHours(14)).And.Contain(d => d.Offset == TimeSpan.FromHours(-14));
        dates.Should().Contain(d => d.Year == 1).And.Contain(d => d.Year == 9999);
        dates.Should().Contain(d => d.Ticks % TimeSpan.TicksPerSecond == 0).And.Contain(d => d.Ticks % TimeSpan.TicksPerSecond != 0);
        uris.Should().Contain(u => u.Any(c => c > 127)).And.Contain(u => u.Contains('%', StringComparison.Ordinal)).And.Contain(u => u.Contains('"', StringComparison.Ordinal));
        types.Should().Contain(t => t.IptcTerm == null).And.Contain(t => t.IptcTerm != null);
        pages.SelectMany(p => p.Article?.Authors ?? []).Should().NotBeEmpty();
        pages.Select(p => p.Article?.Image?.Width).Should().Contain(int.MaxValue).And.Contain(1);
    }

    private static IEnumerable<string> Uris(NewsPage page)
    {
        string?[] own = [page.CanonicalUrl, page.Publisher?.Url, page.Publisher?.LogoUrl, page.Article?.Identifier, page.Article?.Image?.Url];
        return own.Concat(page.RelatedStories.Concat(page.Stories).SelectMany(s => new[] { s.Url, s.Image?.Url }))
            .Concat(page.Article?.Authors.Select(a => a.Url) ?? [])
            .OfType<string>();
    }

    private static IEnumerable<DigitalSourceType> SourceTypes(NewsPage page)
    {
        DigitalSourceType?[] own = [page.Article?.DigitalSourceType, page.Article?.Image?.DigitalSourceType];
        return own.Concat(page.RelatedStories.Concat(page.Stories).SelectMany(s => new[] { s.DigitalSourceType, s.Image?.DigitalSourceType }))
            .OfType<DigitalSourceType>();
    }

    [Fact]
    public void Deserialize_Version1DocumentHoldingVersion2Member_NamesThePathInTheMessage()
    {
        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(Encoding.UTF8.GetBytes("""{"schemaVersion":1,"stories":[{"aiReported":true,"url":"https://a.example/"}]}""")).Diagnostics.Single();

        diagnostic.Path.Should().Be("$.stories[0].url");
        diagnostic.Message.Should().Be("The property \"url\" came with schemaVersion 2; this document has schemaVersion 1, which does not have it. Write schemaVersion 2, or leave the property out.");
    }
}
