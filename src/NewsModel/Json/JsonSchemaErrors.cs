using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace NewsModel.Json;

/// <summary>
/// An error that NewsModel's own JSON code raises while System.Text.Json reads: it carries the diagnostic code and,
/// where the error is about a member the object lacks, that member's name (System.Text.Json adds the object's path
/// and position when the exception passes through it).
/// </summary>
#pragma warning disable CA1032, CA1064 // Internal signal between the converters and NewsPageJson; never escapes NewsPageJson's own entry points.
internal sealed class NewsJsonException(NewsDiagnosticCode code, string diagnosticMessage, string? member = null)
    : JsonException(diagnosticMessage)
#pragma warning restore CA1032, CA1064
{
    public NewsDiagnosticCode Code { get; } = code;

    public string DiagnosticMessage { get; } = diagnosticMessage;

    /// <summary>The member, relative to the path of the object being read (such as <c>title</c> or <c>body[2]</c>), or <see langword="null"/>.</summary>
    public string? Member { get; } = member;
}

/// <summary>Checks that System.Text.Json cannot make on its own, run when an object has been read.</summary>
internal static class JsonSchemaErrors
{
    public static void ThrowIfMissing(bool missing, string name)
    {
        if (missing)
        {
            ThrowMissing(name);
        }
    }

    // System.Text.Json does not apply nullable annotations to collection elements; the schema has no null items.
    public static void ThrowIfNullItem<T>(ImmutableArray<T> items, string name)
        where T : class
    {
        if (items.IsDefault)
        {
            return;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                ThrowNullItem(name, i, typeof(T) == typeof(string));
            }
        }
    }

    [DoesNotReturn]
    private static void ThrowMissing(string name)
        => throw new NewsJsonException(NewsDiagnosticCode.MissingJsonProperty, DiagnosticMessages.MissingJsonProperty("\"" + name + "\""), name);

    [DoesNotReturn]
    private static void ThrowNullItem(string name, int index, bool isString)
        => throw new NewsJsonException(
            NewsDiagnosticCode.InvalidJsonValue,
            DiagnosticMessages.UnexpectedJsonValue(isString ? DiagnosticMessages.JsonStringValue : DiagnosticMessages.JsonObjectValue),
            JsonPath.AppendIndex(name, index));
}
