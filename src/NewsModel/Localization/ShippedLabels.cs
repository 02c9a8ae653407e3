namespace NewsModel.Localization;

/// <summary>The label sets shipped with the package.</summary>
/// <remarks>
/// The data (<c>Data</c>, <c>PluralRuleData</c>) is generated at build time from <c>Resources/Localization/NewsLabels*.resx</c>
/// and <c>Localization/PluralRules.tsv</c> by <c>NewsModel.Generators</c>, which refuses a bad entry with a build error: the
/// same files NewsModel.Extensions.Localization builds its satellite assemblies from, read here without
/// <see cref="System.Globalization.CultureInfo"/> or satellite loading.
/// </remarks>
internal static partial class ShippedLabels
{
    public static IEnumerable<LabelSet> Load()
        => Data.Select(language => LabelSet.FromResources(
            language.Language,
            language.Resources.Select(resource => KeyValuePair.Create(resource.Name, resource.Text))));
}
