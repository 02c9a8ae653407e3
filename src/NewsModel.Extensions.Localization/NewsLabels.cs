using Microsoft.Extensions.Localization;

// Where Microsoft.Extensions.Localization's ResourceManagerStringLocalizerFactory looks for this assembly's resources,
// whatever ResourcesPath the app configures for its own: NewsModel.Localization.NewsLabels is found as
// NewsModel.Resources.Localization.NewsLabels (Resources/Localization/NewsLabels{.culture}.resx).
[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("NewsModel")]

namespace NewsModel.Localization;

/// <summary>
/// The type that names NewsModel's label resources for <see cref="IStringLocalizer{T}"/>: inject
/// <c>IStringLocalizer&lt;NewsLabels&gt;</c> after <c>services.AddNewsModelLocalization()</c>.
/// </summary>
/// <remarks>
/// Resource names are those of <see cref="LabelKeys.GetResourceName(LabelKey)"/> (<c>related_news</c>, <c>cookie_accept</c>, ...);
/// the count-dependent <c>reading_time</c> takes the count as its first argument: <c>localizer["reading_time", 3]</c>.
/// The stock <see cref="ResourceManagerStringLocalizerFactory"/> also finds these resources for this type.
/// </remarks>
public sealed class NewsLabels
{
    private NewsLabels()
    {
    }
}
