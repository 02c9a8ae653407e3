namespace NewsModel.Localization;

/// <summary>The label sets shipped with the package.</summary>
/// <remarks>
/// The data (<c>Data</c>, <c>PluralRuleData</c>) is generated at build time from <c>Resources/Localization/NewsLabels*.resx</c>
/// and <c>Localization/PluralRules.tsv</c> by <c>NewsModel.Generators</c>: the same files the satellite assemblies are built
/// from, read here without <see cref="System.Globalization.CultureInfo"/> or satellite loading.
/// </remarks>
internal static partial class ShippedLabels
{
    /// <summary>The base name of the label resources in the assembly and its satellites.</summary>
    public const string ResourceBaseName = "NewsModel.Resources.Localization.NewsLabels";

    public static IEnumerable<LabelSet> Load()
        => Data.Select(language => LabelSet.FromResources(
            language.Language,
            language.Resources.Select(resource => KeyValuePair.Create(resource.Name, resource.Text))));
}
