namespace NewsModel.Json;

/// <summary>An error found while reading JSON, before it becomes a <see cref="NewsDiagnostic"/>: the byte offset is turned into a line and column by the caller, which has the whole input.</summary>
/// <param name="Code">The diagnostic code.</param>
/// <param name="Message">The diagnostic message (from <see cref="DiagnosticMessages"/>).</param>
/// <param name="Path">The JSON path of the offending value, property or member.</param>
/// <param name="Offset">The byte offset in the input at which the error is reported.</param>
internal sealed record JsonReadError(NewsDiagnosticCode Code, string Message, string Path, long Offset);

/// <summary>Carries a <see cref="JsonReadError"/> out of the reader's recursion to its entry point, which turns it into a result.</summary>
#pragma warning disable CA1032, CA1064 // Internal signal of the reader; never escapes NewsPageJson's entry points.
internal sealed class JsonReadException(JsonReadError error) : Exception(error.Message)
#pragma warning restore CA1032, CA1064
{
    public JsonReadError Error { get; } = error;
}
