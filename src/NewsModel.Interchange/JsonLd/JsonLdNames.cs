using System.Text.Json;

namespace NewsModel.Interchange.JsonLd;

/// <summary>The schema.org terms the JSON-LD writer and reader use, one place for both: each written property must exist on its type (a test holds them against schema.org).</summary>
internal static class JsonLdNames
{
    public const string AtContext = "@context";
    public const string AtGraph = "@graph";
    public const string AtType = "@type";
    public const string AtId = "@id";
    public const string SchemaOrgContext = "https://schema.org";

    public const string NewsArticleType = "NewsArticle";
    public const string WebPageType = "WebPage";
    public const string WebPageElementType = "WebPageElement";
    public const string CollectionPageType = "CollectionPage";
    public const string ItemListType = "ItemList";
    public const string ListItemType = "ListItem";
    public const string ImageObjectType = "ImageObject";
    public const string PersonType = "Person";
    public const string OrganizationType = "Organization";
    public const string ThingType = "Thing";

    public const string ArticleId = "#article";
    public const string WebPageId = "#webpage";
    public const string RelatedId = "#related";

    public const string Headline = "headline";
    public const string Abstract = "abstract";
    public const string ArticleBody = "articleBody";
    public const string Image = "image";
    public const string Caption = "caption";
    public const string Url = "url";
    public const string ContentUrl = "contentUrl";
    public const string Width = "width";
    public const string Height = "height";
    public const string CreditText = "creditText";
    public const string CopyrightNotice = "copyrightNotice";
    public const string Description = "description";
    public const string SourceTypeName = "digitalSourceType";
    public const string DatePublished = "datePublished";
    public const string DateModified = "dateModified";
    public const string Author = "author";
    public const string Publisher = "publisher";
    public const string Name = "name";
    public const string Logo = "logo";
    public const string Keywords = "keywords";
    public const string ArticleSection = "articleSection";
    public const string Identifier = "identifier";
    public const string MainEntityOfPage = "mainEntityOfPage";
    public const string MainEntity = "mainEntity";
    public const string InLanguage = "inLanguage";
    public const string HasPart = "hasPart";
    public const string ItemListElement = "itemListElement";
    public const string Position = "position";
    public const string Item = "item";
    public const string About = "about";
    public const string Value = "value";
    public const string TextName = "text";

    public static readonly JsonEncodedText ContextName = JsonEncodedText.Encode(AtContext);
    public static readonly JsonEncodedText GraphName = JsonEncodedText.Encode(AtGraph);
    public static readonly JsonEncodedText TypeName = JsonEncodedText.Encode(AtType);
    public static readonly JsonEncodedText IdName = JsonEncodedText.Encode(AtId);
}
