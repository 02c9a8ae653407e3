using System.Collections.Frozen;
using System.Globalization;

namespace NewsModel.Localization;

/// <summary>Finds a culture without an exception for one the runtime lacks (every culture but the invariant one in globalization-invariant mode).</summary>
internal static class Cultures
{
    // The names of the cultures this runtime can create, asked once. CultureInfo.GetCultureInfo caches the cultures themselves.
    private static readonly Lazy<FrozenSet<string>> s_available = new(
        static () => CultureInfo.GetCultures(CultureTypes.AllCultures).Select(culture => culture.Name).Where(name => name.Length > 0).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The culture of a BCP 47 tag, or <see langword="null"/> when the runtime cannot create it.</summary>
    public static CultureInfo? Find(string name)
        => s_available.Value.Contains(name) ? CultureInfo.GetCultureInfo(name) : null;
}
