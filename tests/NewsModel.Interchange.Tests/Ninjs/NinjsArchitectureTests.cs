using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NewsModel.Interchange.Ninjs;

namespace NewsModel.Interchange.Tests.Ninjs;

/// <summary>
/// The core's rule holds in the companion too: diagnostics are made only by the core's DiagnosticBag. Read from the
/// assembly's metadata: the methods of other assemblies it references (every call into the core is one).
/// </summary>
public sealed class NinjsArchitectureTests
{
    [Fact]
    public void NewsDiagnostics_InTheInterchangeAssembly_AreMadeOnlyByTheDiagnosticBag()
    {
        var referenced = ReferencedMethods(typeof(NewsPageNinjs).Assembly.Location);

        referenced.Should().NotContain(["NewsModel.NewsDiagnostic::.ctor", "NewsModel.NewsDiagnostic::<Clone>$"]);
        referenced.Should().Contain(["NewsModel.DiagnosticBag::Warning", "NewsModel.DiagnosticBag::Error"], "the check sees the calls into the core");
    }

    private static HashSet<string> ReferencedMethods(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var methods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.GetKind() == MemberReferenceKind.Method && member.Parent.Kind == HandleKind.TypeReference)
            {
                var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
                methods.Add(metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name) + "::" + metadata.GetString(member.Name));
            }
        }

        return methods;
    }
}
