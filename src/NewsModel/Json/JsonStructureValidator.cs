using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsModel.Json;

/// <summary>
/// Checks what does not depend on the schema (well-formed JSON, nesting depth, duplicate property names, the encoding
/// of strings) with one forward scan, so that each problem gets its own code, path and position. It runs only when a
/// read has failed: a problem of this kind anywhere in the input is reported before the schema error that stopped the
/// single-pass reader.
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

    /// <summary>The reader's options for a read with <paramref name="maxDepth"/>: one deeper, so that too-deep JSON gets its own code rather than the reader's error.</summary>
    public static JsonReaderOptions ReaderOptions(int maxDepth) => new() { MaxDepth = maxDepth == int.MaxValue ? int.MaxValue : maxDepth + 1 };

    /// <summary>What is wrong with the JSON as such (syntax, depth, duplicate properties, undecodable strings), or <see langword="null"/>.</summary>
    public static JsonReadError? Validate(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions(maxDepth));
        var frames = new List<Frame>();
        var lastConsumed = 0L;
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
                            return new JsonReadError(NewsDiagnosticCode.JsonTooDeep, DiagnosticMessages.JsonTooDeep(maxDepth), PathOf(frames), reader.TokenStartIndex);
                        }

                        frames.Add(new Frame { IsObject = reader.TokenType == JsonTokenType.StartObject, Index = -1 });
                        break;

                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;

                    case JsonTokenType.PropertyName:
                        if (FirstUndecodable(ref reader) is { } nameError)
                        {
                            return InvalidString(utf8, nameError, frames);
                        }

                        var name = reader.GetString()!;
                        var frame = frames[^1];
                        frame.Names ??= new HashSet<string>(StringComparer.Ordinal);
                        frame.Property = name;
                        var added = frame.Names.Add(name);
                        frames[^1] = frame;
                        if (!added)
                        {
                            return new JsonReadError(NewsDiagnosticCode.DuplicateJsonProperty, DiagnosticMessages.DuplicateJsonProperty(name), PathOf(frames), reader.TokenStartIndex);
                        }

                        break;

                    case JsonTokenType.String:
                        AdvanceIndex(frames);
                        if (FirstUndecodable(ref reader) is { } valueError)
                        {
                            return InvalidString(utf8, valueError, frames);
                        }

                        break;

                    default:
                        AdvanceIndex(frames);
                        break;
                }

                lastConsumed = reader.BytesConsumed;
            }
        }
        catch (JsonException exception)
        {
            // Inside an array, the error belongs to the item being read: the one after the last complete item.
            if (frames.Count > 0 && !frames[^1].IsObject && StartsItem(utf8, lastConsumed))
            {
                AdvanceIndex(frames);
            }

            // Utf8JsonReader reports malformed JSON with a 0-based line and byte position.
            return new JsonReadError(
                NewsDiagnosticCode.InvalidJson,
                DiagnosticMessages.InvalidJson(JsonDiagnostics.ReasonOf(exception)),
                PathOf(frames),
                JsonDiagnostics.OffsetOf(utf8, exception.LineNumber, exception.BytePositionInLine));
        }

        return null;
    }

    // Whether the reader failed on an item of the array (a malformed value, or one after a comma), not on its end or past the input.
    private static bool StartsItem(ReadOnlySpan<byte> utf8, long lastConsumed)
    {
        var rest = utf8[(int)lastConsumed..].TrimStart(" \t\r\n"u8);
        return !rest.IsEmpty && rest[0] is not ((byte)']' or (byte)'}' or (byte)':');
    }

    // Utf8JsonReader checks UTF-8 and \u escapes only when a string is decoded. Returns the offset to report: the first
    // byte that is not UTF-8, or the string's opening quote for an escape that is not valid UTF-16 (a lone surrogate).
    private static long? FirstUndecodable(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!Utf8.IsValid(raw))
        {
            return reader.TokenStartIndex + 1 + FirstInvalidByte(raw);
        }

        if (!reader.ValueIsEscaped)
        {
            return null;
        }

        try
        {
            _ = reader.GetString();
            return null;
        }
        catch (InvalidOperationException)
        {
            return reader.TokenStartIndex;
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return index;
    }

    private static JsonReadError InvalidString(ReadOnlySpan<byte> utf8, long offset, List<Frame> frames)
        => new(NewsDiagnosticCode.InvalidJson, DiagnosticMessages.InvalidJson(DiagnosticMessages.JsonInvalidUtf8Reason), PathOf(frames), offset);

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
                JsonPath.AppendIndex(path, frame.Index);
            }
        }

        return path.ToString();
    }
}
