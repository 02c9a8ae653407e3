using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Interchange.Ninjs;

/// <summary>The versions of IPTC ninjs (News in JSON) that <see cref="NewsPageNinjs"/> writes and reads.</summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Version numbers: V2_2 reads as 2.2.")]
public enum NinjsVersion
{
    /// <summary>ninjs 2.2: lower-case property names (<c>versioncreated</c>, <c>contenttype</c>, <c>digitalsourcetype</c>).</summary>
    V2_2 = 22,

    /// <summary>ninjs 3.1: camelCase property names (<c>versionCreated</c>, <c>contentType</c>, <c>digitalSourceType</c>); association <c>rel</c>.</summary>
    V3_1 = 31,
}
