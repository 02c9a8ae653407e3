using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NewsModel.Interchange.JsonLd;

namespace NewsModel.Interchange.Tests.Architecture;

/// <summary>As in the core: the companion makes no <see cref="NewsDiagnostic"/> itself; every diagnostic goes through the core's DiagnosticBag (strict mode, the cap, the order).</summary>
public sealed class DiagnosticMakerTests
{
    [Fact]
    public void InterchangeAssembly_NeverCallsTheNewsDiagnosticConstructorOrClone()
    {
        using var pe = new PEReader(File.OpenRead(typeof(NewsPageJsonLd).Assembly.Location));
        var metadata = pe.GetMetadataReader();

        var makers = new List<string>();
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
            var name = metadata.GetString(member.Name);
            if (metadata.GetString(type.Namespace) == "NewsModel" && metadata.GetString(type.Name) == nameof(NewsDiagnostic)
                && name is ".ctor" or "<Clone>$")
            {
                makers.Add(name);
            }
        }

        makers.Should().BeEmpty();
        metadata.MemberReferences.Should().NotBeEmpty("the check reads the assembly's references to the core");
    }
}
