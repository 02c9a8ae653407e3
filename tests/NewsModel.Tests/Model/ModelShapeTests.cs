using System.Reflection;
using System.Runtime.CompilerServices;

namespace NewsModel.Tests.Model;

/// <summary>Issue 6 §2: a model that can grow without binary breaks, and states no fact by default.</summary>
public sealed class ModelShapeTests
{
    private static readonly Type[] s_modelTypes =
        [typeof(NewsPage), typeof(NewsArticle), typeof(NewsImage), typeof(Reaction), typeof(StoryCard), typeof(ConsentNotice), typeof(ConsentAction), typeof(NewsDiagnostic)];

    [Fact]
    public void ModelTypes_HaveNoPositionalConstructor_AndNoDeconstruct()
    {
        foreach (var type in s_modelTypes)
        {
            type.GetMethod("Deconstruct").Should().BeNull($"{type.Name} is not a positional record");

            // Positional records have a public constructor whose parameters are named like the properties.
            foreach (var constructor in type.GetConstructors().Where(c => c.GetParameters().Length > 0 && c.GetParameters()[0].ParameterType != type))
            {
                constructor.GetParameters().Should().OnlyContain(p => char.IsLower(p.Name![0]) && !p.HasDefaultValue, $"{type.Name} has only convenience constructors without optional parameters");
                constructor.IsDefined(typeof(System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute)).Should().BeTrue();
            }
        }
    }

    [Fact]
    public void NewsImage_AiGenerated_HasNoDefault()
    {
        typeof(NewsImage).GetProperty(nameof(NewsImage.AiGenerated))!.IsDefined(typeof(RequiredMemberAttribute)).Should().BeTrue();
        typeof(NewsImage).GetConstructors().SelectMany(c => c.GetParameters()).Should().OnlyContain(p => !p.HasDefaultValue);
    }

    [Fact]
    public void ConsentNotice_With_ChangesEveryMember()
    {
        var notice = new ConsentNotice { Title = "T", Message = "M", Actions = [new ConsentAction(ConsentActionKind.Accept, "OK")] };

        var changed = notice with { Title = "T2", Message = null, Actions = [] };

        changed.Should().Be(new ConsentNotice { Title = "T2" });
        notice.Title.Should().Be("T");
    }
}
