using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsModel.Json;

/// <summary>
/// The first of the two passes of a read: checks what does not depend on the schema (well-formed JSON, nesting depth,
/// duplicate property names) with one forward scan, so that each problem gets its own code, path and position.
/// The second pass (System.Text.Json with the source-generated contract) checks the schema.
/// </summary>
internal static class JsonStructureValidator
{
    private struct Frame
    {
        public bool IsObject;
        public string? Property;
        public int Index;
        public HashSet<string>? Names;
    }

    public static NewsDiagnostic? Validate(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        // The reader's own limit is one deeper, so that this pass reports too-deep JSON itself (with its own code).
        var readerOptions = new JsonReaderOptions { MaxDepth = maxDepth == int.MaxValue ? int.MaxValue : maxDepth + 1 };
        var reader = new Utf8JsonReader(utf8, readerOptions);
        var frames = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        AdvanceIndex(frames);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            return JsonDiagnostics.At(
                                utf8, reader.TokenStartIndex, NewsDiagnosticCode.JsonTooDeep, DiagnosticMessages.JsonTooDeep(maxDepth), PathOf(frames));
                        }

                        frames.Add(new Frame { IsObject = reader.TokenType == JsonTokenType.StartObject, Index = -1 });
                        break;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;

                    case JsonTokenType.PropertyName:
                        if (!IsDecodable(ref reader))
                        {
                            return InvalidUtf8(utf8, reader.TokenStartIndex, frames);
                        }

                        var name = reader.GetString()!;
                        var frame = frames[^1];
                        frame.Names ??= new HashSet<string>(StringComparer.Ordinal);
                        frame.Property = name;
                        var added = frame.Names.Add(name);
                        frames[^1] = frame;
                        if (!added)
                        {
                            return JsonDiagnostics.At(
                                utf8, reader.TokenStartIndex, NewsDiagnosticCode.DuplicateJsonProperty, DiagnosticMessages.DuplicateJsonProperty(name), PathOf(frames));
                        }

                        break;

                    case JsonTokenType.String:
                        AdvanceIndex(frames);
                        if (!IsDecodable(ref reader))
                        {
                            return InvalidUtf8(utf8, reader.TokenStartIndex, frames);
                        }

                        break;

                    default:
                        AdvanceIndex(frames);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            // Utf8JsonReader reports malformed JSON (and invalid UTF-8) with a 0-based line and byte position.
            return JsonDiagnostics.At(
                utf8,
                JsonDiagnostics.OffsetOf(utf8, exception.LineNumber, exception.BytePositionInLine),
                NewsDiagnosticCode.InvalidJson,
                DiagnosticMessages.InvalidJson(JsonDiagnostics.ReasonOf(exception)),
                PathOf(frames));
        }

        return null;
    }

    // Utf8JsonReader checks UTF-8 and \u escapes only when a string is decoded; the schema pass would report a bad one as a wrong value.
    private static bool IsDecodable(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static NewsDiagnostic InvalidUtf8(ReadOnlySpan<byte> utf8, long tokenStart, List<Frame> frames)
        => JsonDiagnostics.At(utf8, tokenStart, NewsDiagnosticCode.InvalidJson, DiagnosticMessages.InvalidJson(DiagnosticMessages.JsonInvalidUtf8Reason), PathOf(frames));

    private static void AdvanceIndex(List<Frame> frames)
    {
        if (frames.Count > 0 && !frames[^1].IsObject)
        {
            var frame = frames[^1];
            frame.Index++;
            frames[^1] = frame;
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder(JsonPath.Root);
        foreach (var frame in frames)
        {
            if (frame.IsObject && frame.Property is not null)
            {
                JsonPath.AppendProperty(path, frame.Property);
            }
            else if (!frame.IsObject && frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
        }

        return path.ToString();
    }
}
