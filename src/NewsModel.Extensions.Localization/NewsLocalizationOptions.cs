using System.Collections;
using System.Globalization;
using System.Resources;

namespace NewsModel.Localization;

/// <summary>
/// Labels an app adds to or overrides in NewsModel's catalog. The same labels then serve both the localizer and the
/// page-text parser and writer (<see cref="NewsLocalization.Catalog"/>).
/// </summary>
public sealed class NewsLocalizationOptions
{
    private readonly List<LabelSet> _labels = [];

    /// <summary>The label sets added so far, in order; a later set for the same language overrides an earlier one's texts.</summary>
    public IReadOnlyList<LabelSet> Labels => _labels;

    /// <summary>Adds a language, or overrides some of a language's labels.</summary>
    /// <param name="labels">The labels.</param>
    /// <returns>These options.</returns>
    public NewsLocalizationOptions AddLabels(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels.Add(labels);
        return this;
    }

    /// <summary>Adds a language, or overrides some of a language's labels, from texts by resource name (<c>related_news</c>, <c>reading_time_one</c>, ...).</summary>
    /// <param name="language">The language's BCP 47 tag.</param>
    /// <param name="resources">The texts by resource name, such as a dictionary.</param>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">A name is not a label resource name, or a text is empty.</exception>
    public NewsLocalizationOptions AddLabels(string language, IEnumerable<KeyValuePair<string, string>> resources)
        => AddLabels(LabelSet.FromResources(language, resources));

    /// <summary>
    /// Adds languages from the app's own resources: for each language, the label resources (named as in
    /// <see cref="LabelKeys"/>) that <paramref name="resources"/> has for exactly that culture (not its parents).
    /// Other resource names are ignored.
    /// </summary>
    /// <param name="resources">The app's resources.</param>
    /// <param name="languages">The languages to read; an empty tag reads the neutral resources as <see cref="LabelCatalog.NeutralLanguage"/>.</param>
    /// <returns>These options.</returns>
    /// <exception cref="CultureNotFoundException">A language's culture cannot be created (always the case for any but the neutral resources in globalization-invariant mode).</exception>
    public NewsLocalizationOptions AddResources(ResourceManager resources, params IEnumerable<string> languages)
    {
        ArgumentNullException.ThrowIfNull(resources);
        ArgumentNullException.ThrowIfNull(languages);
        foreach (var language in languages)
        {
            var neutral = string.IsNullOrEmpty(language);
            var culture = neutral ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
            // The ResourceManager owns and caches the set: not disposed here.
            var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            if (set is null)
            {
                continue;
            }

            var labels = new List<KeyValuePair<string, string>>();
            foreach (DictionaryEntry entry in set)
            {
                if (entry.Key is string name && entry.Value is string text && LabelKeys.TryParseResourceName(name, out _, out _, out _))
                {
                    labels.Add(KeyValuePair.Create(name, text));
                }
            }

            if (labels.Count > 0)
            {
                AddLabels(neutral ? LabelCatalog.NeutralLanguage : culture.Name, labels);
            }
        }

        return this;
    }
}
