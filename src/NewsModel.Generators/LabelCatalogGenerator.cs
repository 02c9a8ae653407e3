using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsModel.Localization;

namespace NewsModel.Generators;

/// <summary>
/// Compiles the label resources (<c>NewsLabels.resx</c>, <c>NewsLabels.{culture}.resx</c>) and the plural rules
/// (<c>PluralRules.tsv</c>) given as additional files into NewsModel's <c>ShippedLabels</c> tables, so the parser
/// reads the same data as the satellite assemblies without loading them (nor creating a <c>CultureInfo</c>), and the
/// <c>LabelKey</c> enum into the <c>LabelKeys</c> name tables.
/// </summary>
/// <remarks>
/// <para>
/// The neutral file's language is the project's <c>NeutralLanguage</c> property. Adding a language is adding a
/// <c>.resx</c> file: nothing here names a language, and the keys are the enum's members.
/// </para>
/// <para>
/// Every entry is checked as the library would use it, so that a bad one is a build error naming the file, the line
/// and the entry instead of a <c>TypeInitializationException</c> on every call at run time: its name must be a label
/// resource name, its text must not be empty, its placeholders must be the neutral text's, a variant must not repeat
/// its key's text, and every plural rule must parse.
/// </para>
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class LabelCatalogGenerator : IIncrementalGenerator
{
    private const string BaseName = "NewsLabels";
    private const string PluralFile = "PluralRules.tsv";
    private const string KeyEnum = "NewsModel.Localization.LabelKey";
    private const string Category = "NewsModel.Generators";

    internal static readonly DiagnosticDescriptor InvalidResx = new(
        "NMGEN001", "Invalid label resource file", "The label resource file '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor InvalidPlural = new(
        "NMGEN002", "Invalid plural rules file", "'{0}' line {1}: {2}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor NoNeutral = new(
        "NMGEN003", "No neutral language", "The project has label resources but no NeutralLanguage property (the language of '{0}.resx')", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor UnknownName = new(
        "NMGEN004", "Unknown label resource name", "'{0}' entry '{1}': not a label resource name; expected {2}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor EmptyText = new(
        "NMGEN005", "Empty label text", "'{0}' entry '{1}': the text is empty; leave the entry out to fall back to another language", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor PlaceholderMismatch = new(
        "NMGEN006", "Label placeholders differ from the neutral text", "'{0}' entry '{1}': {2}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor RepeatedText = new(
        "NMGEN007", "Label variant repeats a text", "'{0}' entry '{1}': {2}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    internal static readonly DiagnosticDescriptor InvalidKeys = new(
        "NMGEN008", "Invalid LabelKey enum", "LabelKey: {0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var neutral = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.NeutralLanguage", out var value) ? value.Trim() : string.Empty);

        var keys = context.CompilationProvider.Select(static (compilation, _) => ReadKeys(compilation));

        var resources = context.AdditionalTextsProvider
            .Where(static file => IsLabelResource(file.Path, out _))
            .Select(static (file, token) => ReadResx(file, token))
            .Collect();

        var plurals = context.AdditionalTextsProvider
            .Where(static file => string.Equals(Path.GetFileName(file.Path), PluralFile, StringComparison.OrdinalIgnoreCase))
            .Select(static (file, token) => ReadPlurals(file, token))
            .Collect();

        context.RegisterSourceOutput(keys, static (spc, keys) =>
        {
            if (keys.Error is not null)
            {
                spc.ReportDiagnostic(Diagnostic.Create(InvalidKeys, Location.None, keys.Error));
            }
            else if (keys.Found)
            {
                spc.AddSource("LabelKeys.g.cs", SourceText.From(EmitKeys(keys.Keys), Encoding.UTF8));
            }
        });

        context.RegisterSourceOutput(resources.Combine(plurals).Combine(neutral).Combine(keys), static (spc, input) =>
        {
            var (((files, pluralFiles), neutralLanguage), keys) = input;
            if (files.IsEmpty && pluralFiles.IsEmpty)
            {
                return;
            }

            var ok = keys.Error is null;
            foreach (var file in files.Where(f => f.Error is not null))
            {
                spc.ReportDiagnostic(Diagnostic.Create(InvalidResx, file.ErrorLocation?.ToLocation() ?? Location.None, file.Path, file.Error));
                ok = false;
            }

            foreach (var error in pluralFiles.SelectMany(f => f.Errors))
            {
                spc.ReportDiagnostic(Diagnostic.Create(InvalidPlural, error.Location?.ToLocation() ?? Location.None, PluralFile, error.Line, error.Message));
                ok = false;
            }

            if (files.Any(f => f.Culture.Length == 0) && neutralLanguage.Length == 0)
            {
                spc.ReportDiagnostic(Diagnostic.Create(NoNeutral, Location.None, BaseName));
                ok = false;
            }

            if (keys.Found && files.All(f => f.Error is null))
            {
                foreach (var diagnostic in CheckEntries(files, keys.Keys))
                {
                    spc.ReportDiagnostic(diagnostic);
                    ok = false;
                }
            }

            // After an error the tables are empty: the build fails on the errors above, not on missing members.
            spc.AddSource("ShippedLabels.g.cs", SourceText.From(ok ? Emit(files, pluralFiles, neutralLanguage) : Emit([], [], neutralLanguage), Encoding.UTF8));
        });
    }

    /// <summary>The keys of the <c>LabelKey</c> enum in the compilation, in value order (values 0 to n - 1).</summary>
    private static KeyTable ReadKeys(Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName(KeyEnum) is not { TypeKind: TypeKind.Enum } type)
        {
            return new KeyTable(false, ImmutableArray<LabelKeyInfo>.Empty, null);
        }

        var keys = type.GetMembers().OfType<IFieldSymbol>()
            .Where(field => field.HasConstantValue)
            .Select(field => new LabelKeyInfo(
                field.Name,
                Convert.ToInt32(field.ConstantValue, CultureInfo.InvariantCulture),
                LabelResourceRules.ToResourceName(field.Name),
                field.GetAttributes().Any(attribute => attribute.AttributeClass?.Name == "CountDependentAttribute")))
            .OrderBy(key => key.Value)
            .ToImmutableArray();
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i].Value != i)
            {
                return new KeyTable(true, keys, $"the members' values must be 0 to {keys.Length - 1} without gaps (the tables are indexed by value); '{keys[i].Member}' is {keys[i].Value}");
            }
        }

        return new KeyTable(true, keys, null);
    }

    private static IEnumerable<Diagnostic> CheckEntries(ImmutableArray<ResxFile> files, ImmutableArray<LabelKeyInfo> keys)
    {
        var neutral = files.FirstOrDefault(f => f.Culture.Length == 0);
        var neutralTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in neutral?.Entries ?? ImmutableArray<ResxEntry>.Empty)
        {
            neutralTexts[entry.Name] = entry.Text;
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file.Path);
            var seen = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
            var textsByKey = new Dictionary<string, List<ResxEntry>>(StringComparer.Ordinal);
            foreach (var entry in file.Entries)
            {
                var location = entry.Location.ToLocation();
                if (seen.ContainsKey(entry.Name))
                {
                    yield return Diagnostic.Create(RepeatedText, location, name, entry.Name, "the entry appears twice in the file");
                    continue;
                }

                seen[entry.Name] = entry;
                var key = LabelResourceRules.Parse(entry.Name, keys, out var category, out var variant);
                if (key is null)
                {
                    yield return Diagnostic.Create(UnknownName, location, name, entry.Name, LabelResourceRules.DescribeNames(keys));
                    continue;
                }

                if (entry.Text.Trim().Length == 0)
                {
                    yield return Diagnostic.Create(EmptyText, location, name, entry.Name);
                    continue;
                }

                var placeholders = LabelResourceRules.Placeholders(entry.Text, out var formatError);
                if (placeholders is null)
                {
                    yield return Diagnostic.Create(PlaceholderMismatch, location, name, entry.Name, "not a valid format string: " + formatError);
                    continue;
                }

                var reference = ReferenceName(entry.Name, key, variant, neutralTexts);
                if (reference is not null && LabelResourceRules.Placeholders(neutralTexts[reference], out _) is { } expected && !SamePlaceholders(placeholders, expected, category))
                {
                    yield return Diagnostic.Create(
                        PlaceholderMismatch,
                        location,
                        name,
                        entry.Name,
                        $"its placeholders ({LabelResourceRules.Describe(placeholders)}) differ from those of the neutral text '{reference}' ({LabelResourceRules.Describe(expected)})");
                    continue;
                }

                if (!key.CountDependent)
                {
                    if (!textsByKey.TryGetValue(key.ResourceName, out var texts))
                    {
                        textsByKey[key.ResourceName] = texts = [];
                    }

                    texts.Add(entry);
                }
            }

            // A variant that repeats its key's current text or another variant is refused by LabelSet.FromResources.
            foreach (var texts in textsByKey.Values)
            {
                var first = new Dictionary<string, ResxEntry>(StringComparer.Ordinal);
                foreach (var entry in texts.OrderBy(e => e.Name.Contains(".variant") ? 1 : 0))
                {
                    if (first.TryGetValue(entry.Text, out var earlier))
                    {
                        yield return Diagnostic.Create(RepeatedText, entry.Location.ToLocation(), name, entry.Name, $"its text repeats that of '{earlier.Name}'; an earlier wording must differ from the key's other texts");
                    }
                    else
                    {
                        first[entry.Text] = entry;
                    }
                }
            }
        }
    }

    /// <summary>The neutral entry whose placeholders an entry must have: the same name, else the key's "other" form or current text.</summary>
    private static string? ReferenceName(string name, LabelKeyInfo key, int variant, Dictionary<string, string> neutral)
    {
        if (variant == 0 && neutral.ContainsKey(name))
        {
            return name;
        }

        foreach (var candidate in new[] { key.ResourceName + "_other", key.ResourceName })
        {
            if (neutral.ContainsKey(candidate) && candidate != name)
            {
                return candidate;
            }
        }

        return null;
    }

    // The zero, one and two forms may spell the number out ("one minute"), so they may leave a placeholder out; no form may add one.
    private static bool SamePlaceholders(ImmutableSortedSet<int> actual, ImmutableSortedSet<int> expected, string? category)
        => category is "zero" or "one" or "two" ? actual.IsSubsetOf(expected) : actual.SetEquals(expected);

    private static bool IsLabelResource(string path, out string culture)
    {
        culture = string.Empty;
        var name = Path.GetFileName(path);
        if (!name.EndsWith(".resx", StringComparison.OrdinalIgnoreCase) || !name.StartsWith(BaseName, StringComparison.Ordinal))
        {
            return false;
        }

        // NewsLabels.resx (neutral) or NewsLabels.{culture}.resx.
        var middle = name.Substring(BaseName.Length, name.Length - BaseName.Length - ".resx".Length);
        if (middle.Length == 0)
        {
            return true;
        }

        culture = middle.Substring(1);
        return middle[0] == '.' && culture.Length > 0 && culture.IndexOf('.') < 0;
    }

    private static ResxFile ReadResx(AdditionalText file, CancellationToken token)
    {
        IsLabelResource(file.Path, out var culture);
        var source = file.GetText(token);
        if (source is null)
        {
            return new ResxFile(file.Path, culture, ImmutableArray<ResxEntry>.Empty, "the file cannot be read", null);
        }

        try
        {
            var entries = ImmutableArray.CreateBuilder<ResxEntry>();
            foreach (var data in XDocument.Parse(source.ToString(), LoadOptions.SetLineInfo).Root!.Elements("data"))
            {
                if (data.Attribute("type") is not null || data.Attribute("mimetype") is not null)
                {
                    continue;
                }

                var location = FileLocation.Of(file.Path, source, data);
                var name = (string?)data.Attribute("name") ?? throw new ResxException("a <data> element has no name", location);
                var value = (string?)data.Element("value") ?? string.Empty;
                entries.Add(new ResxEntry(name, value, location));
            }

            return new ResxFile(file.Path, culture, entries.ToImmutable(), null, null);
        }
        catch (XmlException e)
        {
            return new ResxFile(file.Path, culture, ImmutableArray<ResxEntry>.Empty, e.Message, FileLocation.At(file.Path, source, e.LineNumber, e.LinePosition));
        }
        catch (ResxException e)
        {
            return new ResxFile(file.Path, culture, ImmutableArray<ResxEntry>.Empty, e.Message, e.Location);
        }
    }

    private static PluralFileData ReadPlurals(AdditionalText file, CancellationToken token)
    {
        var rules = ImmutableArray.CreateBuilder<PluralRow>();
        var errors = ImmutableArray.CreateBuilder<PluralError>();
        var source = file.GetText(token);
        if (source is null)
        {
            errors.Add(new PluralError(0, "the file cannot be read", null));
            return new PluralFileData(rules.ToImmutable(), errors.ToImmutable());
        }

        var header = true;
        foreach (var line in source.Lines)
        {
            var text = line.ToString();
            if (text.Length == 0 || text.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var location = FileLocation.At(file.Path, source, line.LineNumber + 1, 1);
            var columns = text.Split('\t');
            if (columns.Length != 3 || columns[0].Trim().Length == 0 || columns[1].Trim().Length == 0)
            {
                errors.Add(new PluralError(line.LineNumber + 1, "expected three tab-separated columns: locales, category, rule", location));
                continue;
            }

            var category = columns[1].Trim();
            if (!LabelResourceRules.CategoryNames.Contains(category))
            {
                errors.Add(new PluralError(line.LineNumber + 1, $"'{category}' is not a CLDR plural category ({string.Join(", ", LabelResourceRules.CategoryNames)})", location));
                continue;
            }

            try
            {
                // The parser NewsModel runs (the same source file): a rule it refuses here would fail every plural lookup.
                if (PluralCondition.Parse(columns[2]) is null && category != "other")
                {
                    errors.Add(new PluralError(line.LineNumber + 1, $"the '{category}' rule has no condition (only 'other' may have none)", location));
                    continue;
                }
            }
            catch (FormatException e)
            {
                errors.Add(new PluralError(line.LineNumber + 1, $"the '{category}' rule of '{columns[0].Trim()}' is not valid CLDR plural rule syntax: {e.Message}", location));
                continue;
            }

            rules.Add(new PluralRow(columns[0].Trim(), category, columns[2].Trim()));
        }

        return new PluralFileData(rules.ToImmutable(), errors.ToImmutable());
    }

    private static string EmitKeys(ImmutableArray<LabelKeyInfo> keys)
    {
        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/>");
        sb.AppendLine("// Generated by NewsModel.Generators.LabelCatalogGenerator from the LabelKey enum. Edit the enum.");
        sb.AppendLine("#nullable enable");
        sb.AppendLine();
        sb.AppendLine("namespace NewsModel.Localization;");
        sb.AppendLine();
        sb.AppendLine("public static partial class LabelKeys");
        sb.AppendLine("{");
        sb.AppendLine("    // Indexed by LabelKey value: each member's name in snake_case, and whether it is marked [CountDependent].");
        sb.Append("    private static readonly string[] s_resourceNames = [").Append(string.Join(", ", keys.Select(k => Literal(k.ResourceName)))).AppendLine("];");
        sb.Append("    private static readonly bool[] s_countDependent = [").Append(string.Join(", ", keys.Select(k => k.CountDependent ? "true" : "false"))).AppendLine("];");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Emit(ImmutableArray<ResxFile> files, ImmutableArray<PluralFileData> pluralFiles, string neutralLanguage)
    {
        var ordered = files
            .Select(f => (Language: f.Culture.Length == 0 ? neutralLanguage : f.Culture, f.Entries))
            .OrderBy(f => string.Equals(f.Language, neutralLanguage, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f.Language, StringComparer.Ordinal)
            .ToList();

        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/>");
        sb.AppendLine("// Generated by NewsModel.Generators.LabelCatalogGenerator from NewsLabels*.resx and PluralRules.tsv. Edit those files.");
        sb.AppendLine("#nullable enable");
        sb.AppendLine();
        sb.AppendLine("namespace NewsModel.Localization;");
        sb.AppendLine();
        sb.AppendLine("internal static partial class ShippedLabels");
        sb.AppendLine("{");
        sb.Append("    public const string NeutralLanguage = ").Append(Literal(neutralLanguage)).AppendLine(";");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Each shipped language's resources (name, text), neutral language first.</summary>");
        sb.AppendLine("    public static readonly (string Language, (string Name, string Text)[] Resources)[] Data =");
        sb.AppendLine("    [");
        foreach (var (language, entries) in ordered)
        {
            sb.Append("        (").Append(Literal(language)).AppendLine(",");
            sb.AppendLine("        [");
            foreach (var entry in entries)
            {
                sb.Append("            (").Append(Literal(entry.Name)).Append(", ").Append(Literal(entry.Text)).AppendLine("),");
            }

            sb.AppendLine("        ]),");
        }

        sb.AppendLine("    ];");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>CLDR plural rules: (locales, category, rule with samples).</summary>");
        sb.AppendLine("    public static readonly (string Locales, string Category, string Rule)[] PluralRuleData =");
        sb.AppendLine("    [");
        foreach (var row in pluralFiles.SelectMany(f => f.Rules))
        {
            sb.Append("        (").Append(Literal(row.Locales)).Append(", ").Append(Literal(row.Category)).Append(", ").Append(Literal(row.Rule)).AppendLine("),");
        }

        sb.AppendLine("    ];");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A place in an additional file, kept as plain values so that pipeline steps compare equal across runs.</summary>
    private sealed record FileLocation(string Path, int Start, int Length, int Line, int Column)
    {
        public static FileLocation Of(string path, SourceText source, XElement element)
        {
            var info = (IXmlLineInfo)element;
            var located = At(path, source, info.LineNumber, info.LinePosition);

            // Point at the element's start tag: "<data" begins one character before the reported name position.
            return located with { Start = Math.Max(0, located.Start - 1), Column = Math.Max(0, located.Column - 1), Length = "<data".Length };
        }

        public static FileLocation At(string path, SourceText source, int line, int column)
        {
            var lineIndex = Math.Min(Math.Max(line - 1, 0), Math.Max(source.Lines.Count - 1, 0));
            var textLine = source.Lines[lineIndex];
            var start = Math.Min(textLine.Start + Math.Max(column - 1, 0), textLine.End);
            return new FileLocation(path, start, Math.Max(0, textLine.End - start), lineIndex, start - textLine.Start);
        }

        public Location ToLocation()
            => Location.Create(Path, new TextSpan(Start, Length), new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(Line, Column + Length)));
    }

#pragma warning disable CA1032, CA1064 // Carries a located error out of the resx reader; never leaves the generator.
    private sealed class ResxException(string message, FileLocation location) : Exception(message)
#pragma warning restore CA1032, CA1064
    {
        public FileLocation Location { get; } = location;
    }

    private sealed record ResxEntry(string Name, string Text, FileLocation Location);

    private sealed record ResxFile(string Path, string Culture, ImmutableArray<ResxEntry> Entries, string? Error, FileLocation? ErrorLocation)
    {
        public bool Equals(ResxFile? other)
            => other is not null && Path == other.Path && Culture == other.Culture && Error == other.Error && ErrorLocation == other.ErrorLocation && Entries.SequenceEqual(other.Entries);

        public override int GetHashCode() => (Path, Culture, Entries.Length).GetHashCode();
    }

    private sealed record KeyTable(bool Found, ImmutableArray<LabelKeyInfo> Keys, string? Error)
    {
        public bool Equals(KeyTable? other)
            => other is not null && Found == other.Found && Error == other.Error && Keys.SequenceEqual(other.Keys);

        public override int GetHashCode() => Keys.Length;
    }

    private sealed record PluralRow(string Locales, string Category, string Rule);

    private sealed record PluralError(int Line, string Message, FileLocation? Location);

    private sealed record PluralFileData(ImmutableArray<PluralRow> Rules, ImmutableArray<PluralError> Errors)
    {
        public bool Equals(PluralFileData? other)
            => other is not null && Rules.SequenceEqual(other.Rules) && Errors.SequenceEqual(other.Errors);

        public override int GetHashCode() => Rules.Length;
    }
}
