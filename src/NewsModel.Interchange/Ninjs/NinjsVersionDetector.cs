using System.Collections.Frozen;
using System.Text.Json;

namespace NewsModel.Interchange.Ninjs;

/// <summary>
/// Tells a 3.x document from a 2.x one: by the property names only one version spells that way (camelCase
/// <c>versionCreated</c>, lower-case <c>versioncreated</c>), at the top and in the items of <c>headlines</c>,
/// <c>descriptions</c> and <c>bodies</c>; where the names do not tell, by <c>standard.version</c>; else 3.x.
/// </summary>
internal static class NinjsVersionDetector
{
    private static readonly FrozenSet<string> s_v3Only = FrozenSet.Create(
        StringComparer.Ordinal,
        "representationType", "firstCreated", "versionCreated", "contentCreated", "embargoedUntil", "pubStatus", "copyrightHolder",
        "copyrightNotice", "usageTerms", "edNote", "infoSources", "altIds", "trustIndicators", "rightsInfo", "digitalSourceType",
        "eventDetails", "plannedCoverage", "contentType", "charCount", "wordCount");

    private static readonly FrozenSet<string> s_v2Only = FrozenSet.Create(
        StringComparer.Ordinal,
        "representationtype", "firstcreated", "versioncreated", "contentcreated", "embargoed", "pubstatus", "copyrightholder",
        "copyrightnotice", "usageterms", "ednote", "infosources", "altids", "trustindicators", "rightsinfo", "digitalsourcetype",
        "contenttype", "charcount", "wordcount");

    private static readonly FrozenSet<string> s_itemTypes = FrozenSet.Create(
        StringComparer.Ordinal, "text", "audio", "video", "picture", "graphic", "composite", "component", "event", "planning");

    public static bool IsItemType(string type) => s_itemTypes.Contains(type);

    public static NinjsVersion Detect(JsonElement root)
    {
        var votes = 0;
        Count(root, ref votes);
        foreach (var name in (ReadOnlySpan<string>)["headlines", "descriptions", "bodies"])
        {
            if (root.TryGetProperty(name, out var texts) && texts.ValueKind == JsonValueKind.Array)
            {
                foreach (var text in texts.EnumerateArray())
                {
                    Count(text, ref votes);
                }
            }
        }

        if (votes != 0)
        {
            return votes > 0 ? NinjsVersion.V3_1 : NinjsVersion.V2_2;
        }

        return root.TryGetProperty("standard", out var standard) && standard.ValueKind == JsonValueKind.Object
            && standard.TryGetProperty("version", out var version) && NinjsReader.QuietString(version) is ['2', ..]
            ? NinjsVersion.V2_2
            : NinjsVersion.V3_1;
    }

    private static void Count(JsonElement element, ref int votes)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            votes += s_v3Only.Contains(property.Name) ? 1 : s_v2Only.Contains(property.Name) ? -1 : 0;
        }
    }
}
