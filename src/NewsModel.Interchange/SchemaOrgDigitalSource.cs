using System.Collections.Frozen;

namespace NewsModel.Interchange;

/// <summary>
/// The schema.org members of <c>IPTCDigitalSourceEnumeration</c> (<c>https://schema.org/TrainedAlgorithmicMediaDigitalSource</c>
/// and the others) against the IPTC digital source type terms they stand for, both ways. A term that has no schema.org
/// member (IPTC's <c>humanEdits</c>, a term of another vocabulary) is written as its own URI.
/// </summary>
/// <remarks>
/// Every member of the enumeration as schema.org lists it, 17 of them; schema.org names IPTC's <c>computationalCapture</c>
/// <c>MultiFrameComputationalCaptureDigitalSource</c>.
/// </remarks>
internal static class SchemaOrgDigitalSource
{
    /// <summary>The namespace schema.org writes its members in.</summary>
    public const string SchemaOrg = "https://schema.org/";

    private static readonly (string IptcTerm, string SchemaOrgName)[] s_members =
    [
        ("algorithmicallyEnhanced", "AlgorithmicallyEnhancedDigitalSource"),
        ("algorithmicMedia", "AlgorithmicMediaDigitalSource"),
        ("compositeCapture", "CompositeCaptureDigitalSource"),
        ("composite", "CompositeDigitalSource"),
        ("compositeSynthetic", "CompositeSyntheticDigitalSource"),
        ("compositeWithTrainedAlgorithmicMedia", "CompositeWithTrainedAlgorithmicMediaDigitalSource"),
        ("dataDrivenMedia", "DataDrivenMediaDigitalSource"),
        ("digitalArt", "DigitalArtDigitalSource"),
        ("digitalCapture", "DigitalCaptureDigitalSource"),
        ("minorHumanEdits", "MinorHumanEditsDigitalSource"),
        ("computationalCapture", "MultiFrameComputationalCaptureDigitalSource"),
        ("negativeFilm", "NegativeFilmDigitalSource"),
        ("positiveFilm", "PositiveFilmDigitalSource"),
        ("print", "PrintDigitalSource"),
        ("screenCapture", "ScreenCaptureDigitalSource"),
        ("trainedAlgorithmicMedia", "TrainedAlgorithmicMediaDigitalSource"),
        ("virtualRecording", "VirtualRecordingDigitalSource"),
    ];

    private static readonly FrozenDictionary<string, string> s_byTerm
        = s_members.ToFrozenDictionary(member => member.IptcTerm, member => SchemaOrg + member.SchemaOrgName, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, DigitalSourceType> s_byName
        = s_members.ToFrozenDictionary(member => member.SchemaOrgName, member => DigitalSourceType.FromTerm(member.IptcTerm), StringComparer.Ordinal);

    /// <summary>The schema.org member names, for tests.</summary>
    public static IEnumerable<string> Names => s_members.Select(member => member.SchemaOrgName);

    /// <summary>The schema.org member's URI for <paramref name="type"/>, or the type's own URI when schema.org has no member for it.</summary>
    public static string ToSchemaOrg(DigitalSourceType type)
        => type.IptcTerm is { } term && s_byTerm.TryGetValue(term, out var uri) ? uri : type.Uri;

    /// <summary>
    /// Reads a schema.org member (<c>https://schema.org/X</c>, <c>http://schema.org/X</c>, <c>schema:X</c> or the bare name
    /// <c>X</c>) as its IPTC term, or any other absolute URI as <see cref="DigitalSourceType.TryFromUri"/> does.
    /// </summary>
    public static bool TryRead(string? text, out DigitalSourceType type)
    {
        type = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var name = text.StartsWith(SchemaOrg, StringComparison.Ordinal) ? text[SchemaOrg.Length..]
            : text.StartsWith("http://schema.org/", StringComparison.Ordinal) ? text["http://schema.org/".Length..]
            : text.StartsWith("schema:", StringComparison.Ordinal) ? text["schema:".Length..]
            : text;
        if (s_byName.TryGetValue(name, out type))
        {
            return true;
        }

        return DigitalSourceType.TryFromUri(text, out type);
    }
}
