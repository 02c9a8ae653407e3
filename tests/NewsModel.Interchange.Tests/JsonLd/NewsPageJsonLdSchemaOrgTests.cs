using System.Collections.Frozen;
using System.Text.Json;
using CsCheck;
using NewsModel.Interchange.JsonLd;

namespace NewsModel.Interchange.Tests.JsonLd;

/// <summary>
/// Every property the writer uses exists on the schema.org type of the node it stands in, by a table written here by
/// hand from schema.org (the properties of each type and of the types it inherits from, as far as a news page could use
/// them), and every <c>digitalSourceType</c> is a member of <c>IPTCDigitalSourceEnumeration</c> or an IPTC URI.
/// </summary>
public sealed class NewsPageJsonLdSchemaOrgTests
{
    private static readonly string[] s_thing =
        ["additionalType", "alternateName", "description", "disambiguatingDescription", "identifier", "image", "mainEntityOfPage", "name", "potentialAction", "sameAs", "subjectOf", "url"];

    private static readonly string[] s_creativeWork =
    [
        .. s_thing, "about", "abstract", "alternativeHeadline", "associatedMedia", "author", "citation", "comment", "contributor",
        "copyrightHolder", "copyrightNotice", "copyrightYear", "creator", "creditText", "dateCreated", "dateModified", "datePublished",
        "digitalSourceType", "editor", "genre", "hasPart", "headline", "inLanguage", "isAccessibleForFree", "isPartOf", "keywords",
        "license", "mainEntity", "mentions", "position", "publisher", "text", "thumbnailUrl", "video",
    ];

    private static readonly string[] s_article = [.. s_creativeWork, "articleBody", "articleSection", "backstory", "pageEnd", "pageStart", "pagination", "speakable", "wordCount"];

    private static readonly string[] s_mediaObject =
        [.. s_creativeWork, "contentSize", "contentUrl", "embedUrl", "encodingFormat", "height", "uploadDate", "width"];

    private static readonly string[] s_webPage =
        [.. s_creativeWork, "breadcrumb", "lastReviewed", "mainContentOfPage", "primaryImageOfPage", "relatedLink", "reviewedBy", "significantLink", "speakable", "specialty"];

    private static readonly FrozenDictionary<string, FrozenSet<string>> s_properties = new Dictionary<string, string[]>
    {
        ["Thing"] = s_thing,
        ["NewsArticle"] = [.. s_article, "dateline", "printColumn", "printEdition", "printPage", "printSection"],
        ["ImageObject"] = [.. s_mediaObject, "caption", "embeddedTextCaption", "exifData", "representativeOfPage"],
        ["WebPage"] = s_webPage,
        ["CollectionPage"] = s_webPage,
        ["WebPageElement"] = [.. s_creativeWork, "cssSelector", "xpath"],
        ["ItemList"] = [.. s_thing, "itemListElement", "itemListOrder", "numberOfItems"],
        ["ListItem"] = [.. s_thing, "item", "nextItem", "previousItem", "position"],
        ["Person"] = [.. s_thing, "affiliation", "familyName", "givenName", "jobTitle", "worksFor"],
        ["Organization"] = [.. s_thing, "address", "email", "legalName", "logo", "telephone"],
    }.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    // The schema.org members of IPTCDigitalSourceEnumeration, all of them.
    private static readonly string[] s_enumeration =
    [
        "AlgorithmicallyEnhancedDigitalSource", "AlgorithmicMediaDigitalSource", "CompositeCaptureDigitalSource", "CompositeDigitalSource",
        "CompositeSyntheticDigitalSource", "CompositeWithTrainedAlgorithmicMediaDigitalSource", "DataDrivenMediaDigitalSource",
        "DigitalArtDigitalSource", "DigitalCaptureDigitalSource", "MinorHumanEditsDigitalSource", "MultiFrameComputationalCaptureDigitalSource",
        "NegativeFilmDigitalSource", "PositiveFilmDigitalSource", "PrintDigitalSource", "ScreenCaptureDigitalSource",
        "TrainedAlgorithmicMediaDigitalSource", "VirtualRecordingDigitalSource",
    ];

    [Fact]
    public void Serialize_GeneratedPage_UsesOnlyPropertiesOfEachNodesType()
        => JsonLdPageGenerators.Page.Sample(
            page =>
            {
                using var document = JsonDocument.Parse(NewsPageJsonLd.Serialize(page));
                var root = document.RootElement;
                root.GetProperty("@context").GetString().Should().Be("https://schema.org");
                root.EnumerateObject().Select(p => p.Name).Should().Equal("@context", "@graph");
                foreach (var node in root.GetProperty("@graph").EnumerateArray())
                {
                    CheckNode(node, "$");
                }
            },
            iter: 1000);

    [Fact]
    public void ToSchemaOrg_EveryIptcTermWithAMember_WritesTheMember()
    {
        foreach (var type in DigitalSourceType.WellKnown.Append(DigitalSourceType.FromTerm("computationalCapture")))
        {
            var written = SchemaOrgDigitalSource.ToSchemaOrg(type);
            if (type == DigitalSourceType.HumanEdits)
            {
                written.Should().Be(type.Uri, "schema.org has no member for IPTC's humanEdits");
            }
            else
            {
                written.Should().StartWith("https://schema.org/").And.EndWith("DigitalSource");
                s_enumeration.Should().Contain(written["https://schema.org/".Length..]);
                SchemaOrgDigitalSource.TryRead(written, out var read).Should().BeTrue();
                read.Should().Be(type);
            }
        }

        // Every member is written for some term: none is left unmapped.
        DigitalSourceType.WellKnown.Append(DigitalSourceType.FromTerm("computationalCapture"))
            .Select(t => SchemaOrgDigitalSource.ToSchemaOrg(t)["https://schema.org/".Length..]).Where(s_enumeration.Contains)
            .Should().BeEquivalentTo(s_enumeration);
        SchemaOrgDigitalSource.Names.Should().BeEquivalentTo(s_enumeration);
    }

    [Theory]
    [InlineData("https://schema.org/TrainedAlgorithmicMediaDigitalSource")]
    [InlineData("http://schema.org/TrainedAlgorithmicMediaDigitalSource")]
    [InlineData("schema:TrainedAlgorithmicMediaDigitalSource")]
    [InlineData("TrainedAlgorithmicMediaDigitalSource")]
    [InlineData("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")]
    [InlineData("https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia")]
    public void TryRead_EveryFormOfTheTerm_ReadsTheIptcTerm(string text)
    {
        SchemaOrgDigitalSource.TryRead(text, out var type).Should().BeTrue();
        type.Should().Be(DigitalSourceType.TrainedAlgorithmicMedia);
    }

    private static void CheckNode(JsonElement node, string path)
    {
        node.ValueKind.Should().Be(JsonValueKind.Object, path);
        var names = node.EnumerateObject().Select(p => p.Name).ToList();
        if (!node.TryGetProperty("@type", out var typeElement))
        {
            names.Should().Equal(["@id"], $"an object without @type at {path} is a reference");
            return;
        }

        var type = typeElement.GetString()!;
        s_properties.Should().ContainKey(type, $"the writer uses only the table's types ({path})");
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                property.Name.Should().BeOneOf("@type", "@id");
                continue;
            }

            s_properties[type].Should().Contain(property.Name, $"{property.Name} at {path} must be a property of schema.org's {type}");
            if (property.Name == "digitalSourceType")
            {
                var value = property.Value.GetString()!;
                (value.StartsWith("https://schema.org/", StringComparison.Ordinal) ? s_enumeration.Contains(value["https://schema.org/".Length..]) : !value.Contains("schema.org", StringComparison.Ordinal))
                    .Should().BeTrue(value);
            }

            foreach (var child in property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray() : Enumerable.Repeat(property.Value, 1))
            {
                if (child.ValueKind == JsonValueKind.Object)
                {
                    CheckNode(child, path + "." + property.Name);
                }
            }
        }
    }
}
