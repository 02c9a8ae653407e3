using System.Reflection;
using System.Runtime.CompilerServices;

namespace NewsModel.Tests.TestSupport;

/// <summary>Finds state that can change after construction in an assembly's public types.</summary>
internal static class MutableState
{
    /// <summary>
    /// The fields that are not read-only and the properties with a setter that is not <c>init</c>, of every public class and
    /// struct (exceptions and the given builder types, such as an options object that DI configures, aside).
    /// </summary>
    public static IReadOnlyList<string> FindIn(Assembly assembly, params Type[] builders)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var offenders = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t) && !builders.Contains(t)))
        {
            foreach (var field in type.GetFields(All).Where(f => !f.IsInitOnly && !f.IsLiteral))
            {
                offenders.Add($"{type.Name}.{field.Name} (field)");
            }

            foreach (var property in type.GetProperties(All).Where(p => p.SetMethod is not null))
            {
                if (!property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                {
                    offenders.Add($"{type.Name}.{property.Name} (setter)");
                }
            }
        }

        return offenders;
    }
}
