using System.Text;
using CsCheck;
using NewsModel.Interchange.JsonLd;
using NewsModel.Tests.TestSupport;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>Reading JSON-LD shaped as publishers write it (written here by hand): what maps, and a diagnostic with its path for what does not.</summary>
public sealed class NewsPageJsonLdReaderTests
{
    // The shape of a CMS plugin's graph: nodes by @id, the article's parts as references.
    private const string YoastLikeGraph = """
        {
          "@context": "https://schema.org",
          "@graph": [
            {
              "@type": ["NewsArticle", "ReportageNewsArticle"],
              "@id": "https://news.example/2025/12/kast/#article",
              "isPartOf": { "@id": "https://news.example/2025/12/kast/" },
              "author": [{ "@id": "https://news.example/#/schema/person/ana" }],
              "headline": "Kast invites Bukele to handover",
              "datePublished": "2025-12-23T22:15:00+00:00",
              "dateModified": "2025-12-24T08:00:00Z",
              "mainEntityOfPage": { "@id": "https://news.example/2025/12/kast/" },
              "wordCount": 812,
              "publisher": { "@id": "https://news.example/#organization" },
              "image": { "@id": "https://news.example/2025/12/kast/#primaryimage" },
              "keywords": ["Chile", "Ecuador"],
              "articleSection": ["World", "Americas"],
              "inLanguage": "en-US"
            },
            {
              "@type": "WebPage",
              "@id": "https://news.example/2025/12/kast/",
              "url": "https://news.example/2025/12/kast/",
              "name": "Kast invites Bukele to handover - News Example",
              "breadcrumb": { "@id": "https://news.example/2025/12/kast/#breadcrumb" },
              "inLanguage": "en-US"
            },
            {
              "@type": "ImageObject",
              "@id": "https://news.example/2025/12/kast/#primaryimage",
              "url": "https://news.example/wp-content/uploads/kast.jpg",
              "contentUrl": "https://news.example/wp-content/uploads/kast.jpg",
              "width": 1200,
              "height": "675",
              "caption": "Kast and Noboa in Quito."
            },
            {
              "@type": "BreadcrumbList",
              "@id": "https://news.example/2025/12/kast/#breadcrumb",
              "itemListElement": [{ "@type": "ListItem", "position": 1, "name": "Home", "item": "https://news.example/" }]
            },
            {
              "@type": "Organization",
              "@id": "https://news.example/#organization",
              "name": "News Example",
              "url": "https://news.example/",
              "logo": { "@type": "ImageObject", "url": "https://news.example/logo.png", "width": 600, "height": 60 }
            },
            {
              "@type": "Person",
              "@id": "https://news.example/#/schema/person/ana",
              "name": "Ana Pérez",
              "url": "https://news.example/author/ana/"
            }
          ]
        }
        """;

    [Fact]
    public void DeserializeWithDiagnostics_GraphWithReferences_MapsTheArticleAndReportsTheRest()
    {
        var result = NewsPageJsonLd.DeserializeWithDiagnostics(YoastLikeGraph);

        result.Success.Should().BeTrue();
        var page = result.Value;
        var article = page.Article!;
        article.Headline.Should().Be("Kast invites Bukele to handover");
        article.Published.Should().Be(new DateTimeOffset(2025, 12, 23, 22, 15, 0, TimeSpan.Zero));
        article.Modified.Should().Be(new DateTimeOffset(2025, 12, 24, 8, 0, 0, TimeSpan.Zero));
        article.Authors.Should().Equal(new NewsAuthor("Ana Pérez", "https://news.example/author/ana/"));
        article.Keywords.Should().Equal("Chile", "Ecuador");
        article.Section.Should().Be("World");
        article.Image.Should().Be(new NewsImage("Kast and Noboa in Quito.", aiGenerated: false)
        {
            Url = "https://news.example/wp-content/uploads/kast.jpg", Width = 1200, Height = 675,
        });
        page.Publisher.Should().Be(new NewsPublisher("News Example", "https://news.example/", "https://news.example/logo.png"));
        page.CanonicalUrl.Should().Be("https://news.example/2025/12/kast/");
        page.ContentLanguage.Should().Be("en-US");
        page.UiLanguage.Should().BeNull();

        // Nothing is lost silently: each value left out is named by its path.
        result.Diagnostics.Should().OnlyContain(d => d.Severity == NewsDiagnosticSeverity.Warning && d.Code == NewsDiagnosticCode.UnmappedValue);
        result.Diagnostics.Select(d => d.Path).Should().BeEquivalentTo(
            "$['@graph'][0].isPartOf",
            "$['@graph'][0].wordCount",
            "$['@graph'][0].articleSection[1]",
            "$['@graph'][1].name",
            "$['@graph'][1].breadcrumb",
            "$['@graph'][3]",
            "$['@graph'][4].logo.width",
            "$['@graph'][4].logo.height");
        result.Diagnostics.Should().OnlyContain(d => d.Line > 1 && d.Column > 1);
    }

    [Fact]
    public void DeserializeWithDiagnostics_SingleObjectOfANewsSite_MapsEveryForm()
    {
        const string Json = """
            {"@context":"http://schema.org","@type":"NewsArticle",
             "mainEntityOfPage":"https://news.example/a/1",
             "headline":"Port Ellery plants ten thousand mangroves",
             "description":"The town council planted seedlings along the estuary.",
             "image":["https://news.example/img/16x9.jpg","https://news.example/img/4x3.jpg"],
             "author":[{"@type":"Person","name":"Kofi Mensah"},"Staff"],
             "publisher":{"@type":"Organization","name":"Coastal Times","logo":"https://news.example/logo.png"},
             "keywords":"mangroves, erosion ,, climate",
             "datePublished":"2025-06-01T09:30:00+0100",
             "dateModified":"2025-06-01",
             "articleBody":"First paragraph.\r\n\r\nSecond paragraph,\non two lines.\n \n\nThird.",
             "identifier":{"@type":"PropertyValue","propertyID":"guid","value":"urn:uuid:12345678-1234-1234-1234-1234567890ab"},
             "digitalSourceType":"https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource"}
            """;

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(Json);

        var article = result.Value.Article!;
        article.Summary.Should().Be("The town council planted seedlings along the estuary.");
        article.Body.Should().Equal("First paragraph.", "Second paragraph,\non two lines.", "Third.");
        article.Image!.Url.Should().Be("https://news.example/img/16x9.jpg");
        article.Image.AiGenerated.Should().BeFalse();
        article.Authors.Should().Equal(new NewsAuthor("Kofi Mensah"), new NewsAuthor("Staff"));
        article.Keywords.Should().Equal("mangroves", "erosion", "climate");
        article.Published.Should().Be(new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.FromHours(1)));
        article.Modified.Should().Be(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero));
        article.Identifier.Should().Be("urn:uuid:12345678-1234-1234-1234-1234567890ab");
        article.DigitalSourceType.Should().Be(DigitalSourceType.CompositeWithTrainedAlgorithmicMedia);
        result.Value.CanonicalUrl.Should().Be("https://news.example/a/1");
        result.Value.Publisher.Should().Be(new NewsPublisher("Coastal Times", logoUrl: "https://news.example/logo.png"));
        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.image[1]");
    }

    [Theory]
    [InlineData("Article")]
    [InlineData("BlogPosting")]
    [InlineData("ReportageNewsArticle")]
    [InlineData("schema:NewsArticle")]
    [InlineData("https://schema.org/OpinionNewsArticle")]
    public void DeserializeWithDiagnostics_ArticleTypes_ReadAsTheArticle(string type)
    {
        var result = NewsPageJsonLd.DeserializeWithDiagnostics($$"""[{"@context":"https://schema.org","@type":"{{type}}","headline":"H"}]""");

        result.Value.Article!.Headline.Should().Be("H");
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void DeserializeWithDiagnostics_ArrayWithOtherNodes_ReportsThemByPath()
    {
        const string Json = """
            [
              {"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]},
              {"@context":"https://schema.org","@type":"NewsArticle","headline":"H","video":{"@type":"VideoObject","name":"Clip"}}
            ]
            """;

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(Json);

        result.Value.Article!.Headline.Should().Be("H");
        result.Diagnostics.Select(d => (d.Code, d.Path, d.Line)).Should().Equal(
            (NewsDiagnosticCode.UnmappedValue, "$[0]", 2),
            (NewsDiagnosticCode.UnmappedValue, "$[1].video", 3));
    }

    [Fact]
    public void DeserializeWithDiagnostics_UnmappedPropertyInGraph_NamesItsPathLineAndColumn()
    {
        const string Json = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\n  \"video\": \"https://v.example/1\"}]}";

        var diagnostic = NewsPageJsonLd.DeserializeWithDiagnostics(Json).Diagnostics.Should().ContainSingle().Subject;

        diagnostic.Code.Should().Be(NewsDiagnosticCode.UnmappedValue);
        diagnostic.Path.Should().Be("$['@graph'][0].video");
        (diagnostic.Line, diagnostic.Column).Should().Be((2, 12));
    }

    [Theory]
    [InlineData("\"datePublished\":\"23/12/2025\"", "$.datePublished")]
    [InlineData("\"dateModified\":\"yesterday\"", "$.dateModified")]
    [InlineData("\"url\":\"/world/1\"", "$.url")]
    [InlineData("\"image\":{\"url\":\"img/1.jpg\"}", "$.image.url")]
    [InlineData("\"author\":{\"name\":\"A\",\"url\":\"//people.example/a\"}", "$.author.url")]
    [InlineData("\"image\":{\"url\":\"https://i.example/1.jpg\",\"width\":\"wide\"}", "$.image.width")]
    [InlineData("\"image\":{\"url\":\"https://i.example/1.jpg\",\"height\":-3}", "$.image.height")]
    [InlineData("\"digitalSourceType\":\"made by AI\"", "$.digitalSourceType")]
    public void DeserializeWithDiagnostics_MalformedValue_IsLeftOutWithItsPath(string member, string path)
    {
        var json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\n" + member + "}";

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(json);

        result.Success.Should().BeTrue();
        result.Value.Article!.Headline.Should().Be("H");
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Code.Should().Be(NewsDiagnosticCode.InvalidInterchangeValue);
        diagnostic.Severity.Should().Be(NewsDiagnosticSeverity.Warning);
        diagnostic.Path.Should().Be(path);
        diagnostic.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("""{"@context":"https://schema.org","@type":"Product","name":"Kettle"}""", "$['@type']")]
    [InlineData("""{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"Organization"}]}""", "$['@graph'][0]['@type']")]
    [InlineData("""{"headline":"no type"}""", "$")]
    [InlineData("""[]""", "$")]
    [InlineData("""42""", "$")]
    public void DeserializeWithDiagnostics_NotANewsArticle_IsUnsupportedItemType(string json, string path)
    {
        var result = NewsPageJsonLd.DeserializeWithDiagnostics(json);

        result.Success.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle(d => d.IsError).Subject;
        error.Code.Should().Be(NewsDiagnosticCode.UnsupportedItemType);
        error.Path.Should().Be(path);
        NewsPageJsonLd.TryDeserialize(json, out var page).Should().BeFalse();
        page.Should().BeNull();
        FluentActions.Invoking(() => NewsPageJsonLd.Deserialize(json)).Should().Throw<NewsFormatException>()
            .Which.Diagnostic!.Code.Should().Be(NewsDiagnosticCode.UnsupportedItemType);
    }

    [Fact]
    public void DeserializeWithDiagnostics_CollectionPage_ReadsATagPage()
    {
        const string Json = """
            {"@context":"https://schema.org","@type":"CollectionPage","name":"Chile","url":"https://news.example/tag/chile",
             "mainEntity":{"@type":"ItemList","numberOfItems":2,"itemListElement":[
               {"@type":"ListItem","position":1,"url":"https://news.example/a/1"},
               {"@type":"ListItem","position":2,"item":{"@type":"NewsArticle","headline":"Two","description":"Sum",
                 "digitalSourceType":"TrainedAlgorithmicMediaDigitalSource","image":"https://news.example/2.jpg"}}]}}
            """;

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(Json);

        result.Diagnostics.Should().BeEmpty();
        var page = result.Value;
        page.IsTagPage.Should().BeTrue();
        page.Tag.Should().Be(new NewsTag { Name = "Chile" });
        page.CanonicalUrl.Should().Be("https://news.example/tag/chile");
        page.Stories.Should().Equal(
            new StoryCard { Url = "https://news.example/a/1" },
            new StoryCard { Title = "Two", Summary = "Sum", AiReported = true, Image = new NewsImage(null, false) { Url = "https://news.example/2.jpg" } });
    }

    [Fact]
    public void DeserializeWithDiagnostics_IptcUriAndOtherVocabulary_ReadAsTheirTypes()
    {
        const string Json = """
            {"@context":"https://schema.org","@type":"NewsArticle",
             "digitalSourceType":"http://cv.iptc.org/newscodes/digitalsourcetype/humanEdits",
             "image":{"@type":"ImageObject","digitalSourceType":{"@id":"https://schema.org/DigitalCaptureDigitalSource"}}}
            """;

        var article = NewsPageJsonLd.Deserialize(Json).Article!;

        article.DigitalSourceType.Should().Be(DigitalSourceType.HumanEdits);
        article.Image!.DigitalSourceType.Should().Be(DigitalSourceType.DigitalCapture);
        article.Image.AiGenerated.Should().BeFalse();
    }

    [Fact]
    public void DeserializeWithDiagnostics_ForeignContext_WarnsAndReadsSchemaOrgTerms()
    {
        var result = NewsPageJsonLd.DeserializeWithDiagnostics("""{"@context":"https://vocab.example/","@type":"NewsArticle","headline":"H"}""");

        result.Value.Article!.Headline.Should().Be("H");
        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$['@context']");
    }

    [Fact]
    public void DeserializeWithDiagnostics_NameDifferentFromHeadline_IsReportedAndEqualOneIsNot()
    {
        var differs = NewsPageJsonLd.DeserializeWithDiagnostics("""{"@type":"NewsArticle","headline":"H","name":"H | Site"}""");
        var same = NewsPageJsonLd.DeserializeWithDiagnostics("""{"@type":"NewsArticle","headline":"H","name":"H"}""");
        var only = NewsPageJsonLd.DeserializeWithDiagnostics("""{"@type":"NewsArticle","name":"N"}""");

        differs.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.name");
        same.Diagnostics.Should().BeEmpty();
        only.Value.Article!.Headline.Should().Be("N");
        only.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"H\",}")]
    [InlineData("{\"@type\":\"NewsArticle\",\n\"headline\":}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"H\"} {}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"\\uD800\"}")]
    [InlineData("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"headline\":\"H\"}")]
    [InlineData("")]
    [InlineData("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    public void DeserializeWithDiagnostics_BadJson_ReportsAsNewsPageJsonDoes(string json)
    {
        var jsonLd = NewsPageJsonLd.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;
        var canonical = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;

        (jsonLd.Code, jsonLd.Line, jsonLd.Column, jsonLd.Path).Should().Be((canonical.Code, canonical.Line, canonical.Column, canonical.Path));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(300)]
    public void DeserializeWithDiagnostics_DuplicateAmongManyMembers_IsReportedAsNewsPageJsonDoes(int members)
    {
        var json = "{\"@type\":\"NewsArticle\"," + string.Concat(Enumerable.Range(0, members).Select(i => $"\"p{i}\":{i},")) + "\"p3\":0}";

        var jsonLd = NewsPageJsonLd.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;
        var canonical = NewsPageJson.DeserializeWithDiagnostics(json).Diagnostics.Should().ContainSingle().Subject;

        jsonLd.Code.Should().Be(NewsDiagnosticCode.DuplicateJsonProperty);
        (jsonLd.Line, jsonLd.Column, jsonLd.Path).Should().Be((canonical.Line, canonical.Column, canonical.Path));
    }

    [Fact]
    public void DeserializeWithDiagnostics_FailingStreamAndLimits_ReportWithoutThrowing()
    {
        var failing = NewsPageJsonLd.DeserializeWithDiagnostics(TestStreams.Throwing(new IOException("disk on fire"), "{\"@type\""u8.ToArray(), 3));
        var tooLarge = NewsPageJsonLd.DeserializeWithDiagnostics("{\"@type\":\"NewsArticle\"}", new NewsPageJsonLdOptions { MaxInputLength = 8 });
        var tooLargeBytes = NewsPageJsonLd.DeserializeWithDiagnostics("{\"@type\":\"NewsArticle\"}"u8, new NewsPageJsonLdOptions { MaxInputLength = 8 });

        failing.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        tooLarge.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
        tooLargeBytes.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.InputTooLarge);
        var options = new NewsPageJsonLdOptions { MaxInputLength = 8 };
        new[] { tooLarge, tooLargeBytes, NewsPageJsonLd.DeserializeWithDiagnostics(new MemoryStream("{\"@type\":\"NewsArticle\"}"u8.ToArray()), options) }
            .Should().AllSatisfy(result => result.Diagnostics.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = NewsDiagnosticCode.InputTooLarge, Path = "$" }), "every overload says it at the root");
        NewsPageJsonLd.TryDeserialize(TestStreams.Throwing(new IOException("disk on fire"), "{\"@type\""u8.ToArray(), 3), out _).Should().BeFalse();
    }

    [Fact]
    public async Task DeserializeWithDiagnosticsAsync_AsyncOnlyStream_ReadsTheSame()
    {
        var expected = NewsPageJsonLd.Deserialize(YoastLikeGraph);

        (await NewsPageJsonLd.DeserializeAsync(TestStreams.AsyncOnly(Encoding.UTF8.GetBytes(YoastLikeGraph)), CancellationToken.None)).Should().Be(expected);
        var failed = await NewsPageJsonLd.DeserializeWithDiagnosticsAsync(TestStreams.Throwing(new IOException("gone")), CancellationToken.None);
        failed.Diagnostics.Should().ContainSingle().Which.Code.Should().Be(NewsDiagnosticCode.ReadFailed);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await FluentActions.Awaiting(() => NewsPageJsonLd.DeserializeWithDiagnosticsAsync(TestStreams.AsyncOnly([1]), cancelled.Token).AsTask())
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void DeserializeWithDiagnostics_TricklingStream_ReadsTheSame()
        => NewsPageJsonLd.Deserialize(TestStreams.Trickling(Encoding.UTF8.GetBytes(YoastLikeGraph), 7)).Should().Be(NewsPageJsonLd.Deserialize(YoastLikeGraph));

    [Fact]
    public void DeserializeWithDiagnostics_ByteOrderMarkAndStream_ReadTheSame()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(YoastLikeGraph)).ToArray();

        NewsPageJsonLd.Deserialize(bytes).Should().Be(NewsPageJsonLd.Deserialize(YoastLikeGraph));
        NewsPageJsonLd.Deserialize(new MemoryStream(bytes)).Should().Be(NewsPageJsonLd.Deserialize(YoastLikeGraph));
    }

    [Fact]
    public void DeserializeWithDiagnostics_MixedLineEnds_PositionsEveryDiagnosticByLineAndColumn()
    {
        // Line i + 2 holds "pi" at a column that grows with i; lines end at LF, CRLF or CR in turn, non-ASCII text between.
        string[] ends = ["\n", "\r\n", "\r"];
        var json = "{\"@type\":\"NewsArticle\"," + string.Concat(Enumerable.Range(0, 60).Select(i => ends[i % 3] + new string(' ', i % 7) + $"\"ж{i}\":\"ẹ\",\"p{i}\": {i},")) + "\n\"headline\":\"H\"}";

        var diagnostics = NewsPageJsonLd.DeserializeWithDiagnostics(json, new NewsPageJsonLdOptions { MaxDiagnostics = 1000 }).Diagnostics;

        diagnostics.Should().HaveCount(120);
        for (var i = 0; i < 60; i++)
        {
            var text = $"\"ж{i}\":\"ẹ\",\"p{i}\": ";
            diagnostics[2 * i].Path.Should().Be($"$['ж{i}']");
            (diagnostics[2 * i].Line, diagnostics[2 * i].Column).Should().Be((i + 2, (i % 7) + text.IndexOf(':', StringComparison.Ordinal) + 2));
            (diagnostics[(2 * i) + 1].Line, diagnostics[(2 * i) + 1].Column).Should().Be((i + 2, (i % 7) + text.Length + 1), $"p{i}");
        }
    }

    [Fact]
    public void DeserializeWithDiagnostics_ManyUnmappedValues_KeepsTheFirstAndCountsTheRest()
    {
        var json = "{\"@type\":\"NewsArticle\"," + string.Join(",", Enumerable.Range(0, 500).Select(i => $"\"p{i}\":{i}")) + "}";

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(json, new NewsPageJsonLdOptions { MaxDiagnostics = 10 });

        result.Success.Should().BeTrue();
        result.Diagnostics.Should().HaveCount(11);
        result.Diagnostics[0].Path.Should().Be("$.p0");
        result.Diagnostics[^1].Code.Should().Be(NewsDiagnosticCode.TooManyDiagnostics);
    }
    // RFC 3986, section 5.4.1 (normal examples), base "http://a/b/c/d;p?q": the standard's own table is the oracle. The
    // expected URIs are written as .NET prints an absolute URI (a host alone gets its "/"), which is the same URI.
    [Theory]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g/")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    public void DeserializeWithDiagnostics_RelativeUrlWithBaseUri_ResolvesAsRfc3986Says(string reference, string expected)
    {
        var json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"H\",\"image\":{\"url\":\"" + reference + "\"},\"url\":\"" + reference + "\"}";

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(json, new NewsPageJsonLdOptions { BaseUri = new Uri("http://a/b/c/d;p?q") });

        result.Diagnostics.Should().BeEmpty();
        result.Value.Article!.Image!.Url.Should().Be(expected);
        result.Value.CanonicalUrl.Should().Be(expected);
    }

    [Fact]
    public void DeserializeWithDiagnostics_RelativeUrlWithoutBaseUri_IsLeftOutWithAWarning()
    {
        const string json = """{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","image":{"url":"/img/1.jpg"}}""";

        var result = NewsPageJsonLd.DeserializeWithDiagnostics(json);

        result.Value.Article!.Image!.Url.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Path.Should().Be("$.image.url");
    }

    [Theory]
    [InlineData("/news/1")]
    [InlineData("urn:isbn:0451450523")]
    [InlineData("file:///var/www/page")]
    public void BaseUri_NotAnAbsoluteUriWithAHost_IsRefused(string baseUri)
        => FluentActions.Invoking(() => new NewsPageJsonLdOptions { BaseUri = new Uri(baseUri, UriKind.RelativeOrAbsolute) })
            .Should().Throw<ArgumentException>().WithMessage("*absolute*");
    [Fact]
    public void DeserializeWithDiagnostics_HostileUrlWithBaseUri_NeverThrowsAndKeepsTheUrlOrOneUnderTheBasesScheme()
    {
        var options = new NewsPageJsonLdOptions { BaseUri = new Uri("https://news.example/a/b?c=1") };
        Gen.OneOf(Gen.String, NewsModel.Interchange.Tests.Ninjs.NinjsGenerators.Text, Gen.Const("//"), Gen.Const("http:"), Gen.Const("https://[::1"), Gen.Const("Z|/a"), Gen.Const("C:/x"), Gen.Const(new string('/', 70_000))).Sample(
            url =>
            {
                var json = "{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"image\":{\"url\":" + System.Text.Json.JsonSerializer.Serialize(url) + "}}";
                var result = NewsPageJsonLd.DeserializeWithDiagnostics(json, options);
                return result.Success
                    && (result.Value.Article!.Image?.Url is not { } kept
                        ? result.Diagnostics.Any(d => d.Code == NewsDiagnosticCode.InvalidInterchangeValue && d.Path == "$.image.url") || url.Length == 0
                        : kept == url || kept.StartsWith("https://", StringComparison.Ordinal));
            },
            iter: 3_000);
    }
}
