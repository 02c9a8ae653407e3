using System.Collections.Immutable;
using System.Reflection;

namespace NewsModel.Tests.Model;

/// <summary>
/// Regression tests for issue 7 §2: a page built with a null element (<c>Reactions = [null!]</c>) made <c>Serialize</c>
/// throw <see cref="NullReferenceException"/>, and <c>new Reaction(null!)</c> wrote JSON that the library's own reader
/// rejects. The model now refuses every null where its member is not nullable, so no such page can be built.
/// </summary>
public sealed class ModelNullRegressionTests
{
    // One valid instance of every model type; the reflection test below changes one member at a time.
    private static readonly Dictionary<Type, Func<object>> s_valid = new()
    {
        [typeof(NewsPage)] = () => new NewsPage(),
        [typeof(NewsArticle)] = () => new NewsArticle(),
        [typeof(NewsImage)] = () => new NewsImage("Caption", aiGenerated: false),
        [typeof(Reaction)] = () => new Reaction("Text."),
        [typeof(StoryCard)] = () => new StoryCard(),
        [typeof(ConsentNotice)] = () => new ConsentNotice { Title = "Cookies" },
        [typeof(ConsentAction)] = () => new ConsentAction(ConsentActionKind.Accept, "OK"),
        [typeof(NewsDiagnostic)] = () => new NewsDiagnostic { Code = NewsDiagnosticCode.EmptyInput, Severity = NewsDiagnosticSeverity.Error, Message = "M" },
        [typeof(NewsTag)] = () => new NewsTag(),
        [typeof(NewsAuthor)] = () => new NewsAuthor("Ada Okafor"),
        [typeof(NewsPublisher)] = () => new NewsPublisher("Example News"),
        [typeof(NewsPageNdjsonRecord)] = () => new NewsPageNdjsonRecord(1, new ParseResult<NewsPage>(new NewsPage(), [])),
        [typeof(NewsPageTextOptions)] = () => new NewsPageTextOptions(),
        [typeof(NewsPageJsonOptions)] = () => new NewsPageJsonOptions(),
    };

    [Fact]
    public void ValidInstances_CoverEveryPublicRecord()
    {
        // A record added later joins the checks below, or this fails.
        var records = typeof(NewsPage).Assembly.GetExportedTypes().Where(t => t.GetMethod("<Clone>$") is not null && t.Namespace == nameof(NewsModel));

        s_valid.Keys.Should().BeEquivalentTo(records);
    }

    [Fact]
    public void Serialize_PageWithNullReaction_CannotBeBuiltSoNeverThrowsNullReference()
    {
        Action build = () => _ = new NewsPage { Reactions = [null!] };

        build.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("NewsPage.Reactions");
    }

    [Fact]
    public void Serialize_ReactionWithNullText_CannotBeBuiltSoNeverWritesUnreadableJson()
    {
        Action construct = () => _ = new Reaction(null!);
        Action initialize = () => _ = new Reaction { Text = null! };
        Action copy = () => _ = new Reaction("Text.") with { Text = null! };

        construct.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Reaction.Text");
        initialize.Should().Throw<ArgumentNullException>();
        copy.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Collection_NullAfterValidElements_IsReportedWithItsIndex()
    {
        Action build = () => _ = new NewsArticle { Body = ["First.", "Second.", null!] };

        build.Should().Throw<ArgumentNullException>().WithMessage("NewsArticle.Body[2] is null*");
    }

    [Fact]
    public void EveryNonNullableMember_OfEveryModelType_RejectsNull()
    {
        // The oracle is the members' declared nullability (read by NullabilityInfoContext), not the model's own checks:
        // a member added later without a check fails here.
        var nullability = new NullabilityInfoContext();
        var checkedMembers = new List<string>();
        foreach (var (type, create) in s_valid)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                var info = nullability.Create(property);
                object?[]? invalid = null;
                if (!property.PropertyType.IsValueType && info.WriteState == NullabilityState.NotNull)
                {
                    invalid = [null];
                }
                else if (property.PropertyType.IsGenericType
                    && property.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                    && !property.PropertyType.GetGenericArguments()[0].IsValueType
                    && info.GenericTypeArguments[0].ReadState == NullabilityState.NotNull)
                {
                    invalid = [OneNullElement(property.PropertyType)];
                }

                if (invalid is null)
                {
                    continue;
                }

                var instance = create();
                var set = () => property.SetMethod!.Invoke(instance, invalid);

                set.Should().Throw<TargetInvocationException>($"{type.Name}.{property.Name} is not nullable")
                    .WithInnerException<ArgumentNullException>();
                checkedMembers.Add(type.Name + "." + property.Name);
            }
        }

        checkedMembers.Should().Contain(
        [
            "NewsPage.Reactions", "NewsPage.RelatedStories", "NewsPage.Stories", "NewsPage.UnclassifiedText", "NewsArticle.Body",
            "Reaction.Text", "NewsArticle.Authors", "NewsArticle.Keywords", "NewsAuthor.Name", "NewsPublisher.Name", "ConsentNotice.Title", "ConsentNotice.Actions", "ConsentAction.Label", "NewsDiagnostic.Message",
        ]);
    }

    [Fact]
    public void EveryEnumMember_OfEveryModelType_RejectsAnUndefinedValue()
    {
        var checkedMembers = new List<string>();
        foreach (var (type, create) in s_valid)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.PropertyType.IsEnum))
            {
                var undefined = Enum.ToObject(property.PropertyType, 4242);
                var set = () => property.SetMethod!.Invoke(create(), [undefined]);

                set.Should().Throw<TargetInvocationException>($"{type.Name}.{property.Name} holds only named values")
                    .WithInnerException<ArgumentOutOfRangeException>();
                checkedMembers.Add(type.Name + "." + property.Name);
            }
        }

        checkedMembers.Should().BeEquivalentTo(["ConsentAction.Kind", "NewsDiagnostic.Code", "NewsDiagnostic.Severity"]);
    }

    [Fact]
    public void NullableMembers_AcceptNull()
    {
        var page = new NewsPage
        {
            UiLanguage = null,
            Article = new NewsArticle { Headline = null, Summary = null, Image = null },
            RelatedStories = [new StoryCard { Summary = null, Title = null, Image = null }],
            Reactions = [new Reaction("Text.") { Platform = null }],
            Consent = new ConsentNotice { Title = "Cookies", Message = null },
        };

        NewsPageJson.Deserialize(NewsPageJson.Serialize(page)).Should().Be(page);
    }

    private static object OneNullElement(Type immutableArrayType)
    {
        var element = immutableArrayType.GetGenericArguments()[0];
        var array = Array.CreateInstance(element, 1);
        var create = typeof(ImmutableArray).GetMethods()
            .Single(m => m.Name == nameof(ImmutableArray.Create) && m.GetParameters() is [{ ParameterType.IsArray: true }])
            .MakeGenericMethod(element);
        return create.Invoke(null, [array])!;
    }
}
