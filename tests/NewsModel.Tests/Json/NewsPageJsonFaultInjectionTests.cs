using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;

namespace NewsModel.Tests.Json;

/// <summary>
/// One fault injected into the JSON of a generated page (compact or indented, with LF, CR or CRLF line ends), and the
/// diagnostic the oracle expects: the code from a table of the schema written here, the path and offset from
/// System.Text.Json's tokenizer, the line and column from splitting the text at line ends. Nothing of the library's
/// reader is used to make the expectation.
/// </summary>
public sealed partial class NewsPageJsonFaultInjectionTests
{
    private enum Kind
    {
        SchemaVersion,
        OptionalString,
        RequiredString,
        Boolean,
        ActionKind,
        OptionalObject,
        ItemObject,
        Array,
        Uri,
        Date,
        Size,
    }

    // The members schema version 2 added, by name: in a version 1 document, the first one met is the error.
    private static readonly HashSet<string> s_version2Names =
    [
        "canonicalUrl", "publisher", "identifier", "published", "modified", "authors", "keywords", "section", "digitalSourceType",
        "url", "logoUrl", "width", "height", "altText", "credit", "copyrightNotice",
    ];

    private sealed record Token(JsonTokenType Type, string Path, int Start, int End, string? ObjectPath);

    [Fact]
    public void TryDeserialize_OneInjectedFault_ReportsWhatTheOracleExpects()
    {
        var layout = Gen.Int[0, 3];
        Gen.Select(JsonPageGenerators.Page, layout, Gen.Int[0, 3], Gen.UInt, Gen.UInt)
            .Sample((page, lineEnds, fault, pick, variant) => Check(page, lineEnds, fault, pick, variant), iter: 3_000);
    }

    private static void Check(NewsPage page, int layout, int fault, uint pick, uint variant)
    {
        var json = NewsPageJson.Serialize(page, new NewsPageJsonOptions { WriteIndented = layout > 0 });
        json = layout switch
        {
            2 => json.Replace("\n", "\r", StringComparison.Ordinal),
            3 => json.Replace("\n", "\r\n", StringComparison.Ordinal),
            _ => json,
        };
        var tokens = Tokens(json);
        var (faulty, code, path, offset) = fault switch
        {
            0 => WrongValue(json, tokens, pick, variant),
            1 => UnknownProperty(json, tokens, pick),
            2 => DuplicateProperty(json, tokens, pick),
            _ => Version1(json, tokens) ?? UnknownProperty(json, tokens, pick),
        };

        var diagnostic = NewsPageJson.DeserializeWithDiagnostics(faulty).Diagnostics.Should().ContainSingle().Subject;
        var (line, column) = Position(faulty, offset);
        diagnostic.Should().BeEquivalentTo(new { Code = code, Path = path, Line = line, Column = column }, faulty);
    }

    // A value replaced by one of a type the schema does not allow there (null where it has none).
    private static (string, NewsDiagnosticCode, string, int) WrongValue(string json, List<Token> tokens, uint pick, uint variant)
    {
        var values = tokens.Where(t => t.Type != JsonTokenType.PropertyName && t.Path != "$").ToList();
        var token = values[(int)(pick % values.Count)];
        var kind = KindOf(token.Path);
        string[] wrong = kind switch
        {
            Kind.SchemaVersion => ["\"1\"", "null", "3", "1.0", "true", "0"],
            Kind.Uri => ["5", "true", "{}", "[]", "\"no scheme\"", "\"/relative/path\"", "\"\""],
            Kind.Date => ["5", "true", "\"2026-03-01T08:30:00\"", "\"2026-03-01\"", "\"2026-02-30T00:00:00Z\"", "\"2026-03-01T08:30:00+15:00\"", "\"0001-01-01T00:00:00+01:00\"", "\"2026-03-01T08:30:00+0100\""],
            Kind.Size => ["0", "-1", "1.5", "\"5\"", "true", "2147483648", "{}"],
            Kind.OptionalString => ["5", "true", "{}", "[]"],
            Kind.RequiredString => ["null", "5", "false", "[\"x\"]"],
            Kind.Boolean => ["\"true\"", "null", "0", "{}"],
            Kind.ActionKind => ["null", "1", "\"Accept\"", "\"\""],
            Kind.OptionalObject => ["\"x\"", "[]", "5", "false"],
            Kind.ItemObject => ["null", "\"x\"", "[]", "7"],
            _ => ["null", "{}", "\"x\"", "1"],
        };
        var replacement = wrong[(int)(variant % wrong.Length)];
        var code = kind == Kind.SchemaVersion && replacement is "3" or "1.0" or "0" ? NewsDiagnosticCode.UnsupportedSchemaVersion : NewsDiagnosticCode.InvalidJsonValue;
        return (json[..token.Start] + replacement + json[token.End..], code, token.Path, token.Start);
    }

    // The version set to 1 in a document that holds members of version 2: the first of them, in document order, is the error,
    // at its name. Null when the page has no member of version 2.
    private static (string, NewsDiagnosticCode, string, int)? Version1(string json, List<Token> tokens)
    {
        var first = tokens.FirstOrDefault(t => t.Type == JsonTokenType.PropertyName && s_version2Names.Contains(t.Path[(t.Path.LastIndexOf('.') + 1)..]));
        if (first is null)
        {
            return null;
        }

        var version = tokens.Single(t => t.Path == "$.schemaVersion" && t.Type == JsonTokenType.Number);
        var faulty = json[..version.Start] + "1" + json[version.End..];
        return (faulty, NewsDiagnosticCode.InvalidJsonValue, first.Path, first.Start);
    }

    // A property the schema does not have, first in an object.
    private static (string, NewsDiagnosticCode, string, int) UnknownProperty(string json, List<Token> tokens, uint pick)
    {
        var objects = tokens.Where(t => t.Type == JsonTokenType.StartObject).ToList();
        var target = objects[(int)(pick % objects.Count)];
        var empty = json.AsSpan(target.Start + 1, target.End - target.Start - 1).Trim().Length == 0;
        var insert = empty ? "\"byline\":1" : "\"byline\":1,";
        return (json[..(target.Start + 1)] + insert + json[(target.Start + 1)..], NewsDiagnosticCode.InvalidJsonValue, Combine(target.Path, "byline"), target.Start + 1);
    }

    // A member copied to the start of its object: the original, now second, is the duplicate.
    private static (string, NewsDiagnosticCode, string, int) DuplicateProperty(string json, List<Token> tokens, uint pick)
    {
        var names = tokens.Where(t => t.Type == JsonTokenType.PropertyName).ToList();
        var name = names[(int)(pick % names.Count)];
        var value = tokens[tokens.IndexOf(name) + 1];
        var owner = tokens.Last(t => t.Type == JsonTokenType.StartObject && t.Path == name.ObjectPath && t.Start < name.Start);
        var copy = json[name.Start..value.End] + ",";
        var faulty = json[..(owner.Start + 1)] + copy + json[(owner.Start + 1)..];
        return (faulty, NewsDiagnosticCode.DuplicateJsonProperty, name.Path, name.Start + copy.Length);
    }

    private static Kind KindOf(string path)
    {
        var last = ArrayIndex().Replace(path, "[]");
        return last switch
        {
            "$.schemaVersion" => Kind.SchemaVersion,
            "$.article" or "$.tag" or "$.consent" or "$.publisher" => Kind.OptionalObject,
            "$.article.published" or "$.article.modified" => Kind.Date,
            _ when last.EndsWith(".width", StringComparison.Ordinal) || last.EndsWith(".height", StringComparison.Ordinal) => Kind.Size,
            _ when last.EndsWith(".url", StringComparison.Ordinal) || last.EndsWith(".digitalSourceType", StringComparison.Ordinal)
                || last is "$.canonicalUrl" or "$.publisher.logoUrl" or "$.article.identifier" => Kind.Uri,
            "$.article.authors" or "$.article.keywords" => Kind.Array,
            "$.article.authors[]" => Kind.ItemObject,
            "$.article.authors[].name" or "$.publisher.name" or "$.article.keywords[]" => Kind.RequiredString,
            _ when last.EndsWith(".image", StringComparison.Ordinal) => Kind.OptionalObject,
            "$.reactions[]" or "$.relatedStories[]" or "$.stories[]" or "$.consent.actions[]" => Kind.ItemObject,
            "$.article.body" or "$.reactions" or "$.relatedStories" or "$.stories" or "$.consent.actions" or "$.unclassifiedText" => Kind.Array,
            "$.article.body[]" or "$.unclassifiedText[]" => Kind.RequiredString,
            "$.reactions[].text" or "$.consent.title" or "$.consent.actions[].label" => Kind.RequiredString,
            _ when last.EndsWith(".aiGenerated", StringComparison.Ordinal) || last.EndsWith(".aiReported", StringComparison.Ordinal) || last == "$.tag.followButton" => Kind.Boolean,
            "$.consent.actions[].kind" => Kind.ActionKind,
            _ => Kind.OptionalString,
        };
    }

    // Every token with its path and its extent in UTF-16 code units (the JSON is ASCII outside strings, and the
    // extent is measured on the UTF-8 bytes then mapped back through the decoded prefix).
    private static List<Token> Tokens(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8);
        var tokens = new List<Token>();
        var stack = new Stack<(string Path, bool IsArray, int Index, string? Property)>();
        while (reader.Read())
        {
            var path = stack.Count == 0 ? "$"
                : stack.Peek().IsArray ? stack.Peek().Path + "[" + (stack.Peek().Index + 1) + "]"
                : Combine(stack.Peek().Path, stack.Peek().Property!);
            var start = Chars(utf8, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var top = stack.Pop();
                    stack.Push(top with { Property = reader.GetString() });
                    tokens.Add(new Token(JsonTokenType.PropertyName, Combine(top.Path, reader.GetString()!), start, Chars(utf8, (int)reader.BytesConsumed), top.Path));
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var copy = reader;
                    copy.Skip();
                    tokens.Add(new Token(reader.TokenType, path, start, Chars(utf8, (int)copy.BytesConsumed), null));
                    Advance(stack);
                    stack.Push((path, reader.TokenType == JsonTokenType.StartArray, -1, null));
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    continue;
                default:
                    tokens.Add(new Token(reader.TokenType, path, start, Chars(utf8, (int)reader.BytesConsumed), null));
                    Advance(stack);
                    continue;
            }
        }

        return tokens;
    }

    private static void Advance(Stack<(string Path, bool IsArray, int Index, string? Property)> stack)
    {
        if (stack.Count > 0 && stack.Peek().IsArray)
        {
            var top = stack.Pop();
            stack.Push(top with { Index = top.Index + 1 });
        }
    }

    private static int Chars(byte[] utf8, int bytes) => Encoding.UTF8.GetCharCount(utf8, 0, bytes);

    private static string Combine(string path, string name) => path + "." + name;

    private static (int Line, int Column) Position(string text, int offset)
    {
        var before = text[..offset];
        var breaks = LineEnd().Matches(before);
        var lineStart = breaks.Count == 0 ? 0 : breaks[^1].Index + breaks[^1].Length;
        return (breaks.Count + 1, offset - lineStart + 1);
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineEnd();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ArrayIndex();
}
