using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NewsModel.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly and its portable PDB (System.Reflection.Metadata, no loading): where each type's source
/// lives, and which of the assembly's own types each type uses (in signatures, base types, attributes, locals, catch
/// clauses and every IL instruction that names a type, method or field). Nested and compiler-generated types count as
/// their enclosing type.
/// </summary>
internal sealed class TypeDependencies
{
    // Roslyn's custom debug information for types without method bodies (enums, interfaces, field-only types).
    private static readonly Guid s_typeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    private static readonly FrozenOperands s_operands = new();

    private TypeDependencies(
        ImmutableDictionary<string, ImmutableHashSet<string>> sources,
        ImmutableDictionary<string, ImmutableHashSet<string>> references,
        ImmutableDictionary<string, ImmutableHashSet<string>> calls)
    {
        Sources = sources;
        References = references;
        Calls = calls;
    }

    /// <summary>The source files (full paths, as the PDB has them) of each top-level type, by full name.</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> Sources { get; }

    /// <summary>The assembly's own top-level types each top-level type uses, by full name.</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> References { get; }

    /// <summary>The assembly's own methods each top-level type's IL calls or loads, as <c>Type::Method</c> (<c>NewsModel.NewsDiagnostic::.ctor</c>).</summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> Calls { get; }

    public static TypeDependencies Read(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        if (!pe.TryOpenAssociatedPortablePdb(assemblyPath, path => File.Exists(path) ? File.OpenRead(path) : null, out var pdbProvider, out _) || pdbProvider is null)
        {
            throw new InvalidOperationException($"No portable PDB for {assemblyPath}: the type sources cannot be read.");
        }

        using (pdbProvider)
        {
            var metadata = pe.GetMetadataReader();
            var pdb = pdbProvider.GetMetadataReader();
            var sources = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var references = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var calls = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var collector = new Collector(metadata);

            foreach (var handle in metadata.TypeDefinitions)
            {
                var owner = collector.TopLevelName(handle);
                var files = Get(sources, owner);
                var found = Get(references, owner);
                var type = metadata.GetTypeDefinition(handle);

                foreach (var info in pdb.GetCustomDebugInformation(handle))
                {
                    var entry = pdb.GetCustomDebugInformation(info);
                    if (pdb.GetGuid(entry.Kind) == s_typeDefinitionDocuments)
                    {
                        var blob = pdb.GetBlobReader(entry.Value);
                        while (blob.RemainingBytes > 0)
                        {
                            files.Add(DocumentName(pdb, MetadataTokens.DocumentHandle(blob.ReadCompressedInteger())));
                        }
                    }
                }

                collector.Add(found, type.BaseType);
                foreach (var implementation in type.GetInterfaceImplementations())
                {
                    collector.Add(found, metadata.GetInterfaceImplementation(implementation).Interface);
                }

                collector.AddAttributes(found, type.GetCustomAttributes());
                foreach (var parameter in type.GetGenericParameters())
                {
                    foreach (var constraint in metadata.GetGenericParameter(parameter).GetConstraints())
                    {
                        collector.Add(found, metadata.GetGenericParameterConstraint(constraint).Type);
                    }
                }

                foreach (var fieldHandle in type.GetFields())
                {
                    var field = metadata.GetFieldDefinition(fieldHandle);
                    found.UnionWith(field.DecodeSignature(collector, null));
                    collector.AddAttributes(found, field.GetCustomAttributes());
                }

                foreach (var propertyHandle in type.GetProperties())
                {
                    var property = metadata.GetPropertyDefinition(propertyHandle);
                    collector.AddSignature(found, property.DecodeSignature(collector, null));
                    collector.AddAttributes(found, property.GetCustomAttributes());
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = metadata.GetMethodDefinition(methodHandle);
                    collector.AddSignature(found, method.DecodeSignature(collector, null));
                    collector.AddAttributes(found, method.GetCustomAttributes());
                    foreach (var parameter in method.GetParameters())
                    {
                        collector.AddAttributes(found, metadata.GetParameter(parameter).GetCustomAttributes());
                    }

                    var debug = pdb.GetMethodDebugInformation(methodHandle.ToDebugInformationHandle());
                    foreach (var point in debug.GetSequencePoints())
                    {
                        files.Add(DocumentName(pdb, point.Document));
                    }

                    if (method.RelativeVirtualAddress != 0)
                    {
                        collector.AddBody(found, Get(calls, owner), pe.GetMethodBody(method.RelativeVirtualAddress));
                    }
                }
            }

            // A type does not depend on itself.
            foreach (var (owner, set) in references)
            {
                set.Remove(owner);
            }

            return new TypeDependencies(Freeze(sources), Freeze(references), Freeze(calls));
        }
    }

    private static ImmutableDictionary<string, ImmutableHashSet<string>> Freeze(Dictionary<string, HashSet<string>> map)
        => map.ToImmutableDictionary(pair => pair.Key, pair => pair.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static HashSet<string> Get(Dictionary<string, HashSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static string DocumentName(MetadataReader pdb, DocumentHandle handle)
        => pdb.GetString(pdb.GetDocument(handle).Name).Replace('\\', '/');

    /// <summary>Decodes signatures into the assembly's own top-level types they name; every other type names none.</summary>
    private sealed class Collector(MetadataReader metadata) : ISignatureTypeProvider<IEnumerable<string>, object?>
    {
        private static readonly string[] s_none = [];

        public string TopLevelName(TypeDefinitionHandle handle)
        {
            var type = metadata.GetTypeDefinition(handle);
            while (type.GetDeclaringType() is { IsNil: false } declaring)
            {
                type = metadata.GetTypeDefinition(declaring);
            }

            var name = metadata.GetString(type.Name);
            return type.Namespace.IsNil ? name : metadata.GetString(type.Namespace) + "." + name;
        }

        public void Add(HashSet<string> found, EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    found.Add(TopLevelName((TypeDefinitionHandle)handle));
                    break;
                case HandleKind.TypeSpecification:
                    found.UnionWith(metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null));
                    break;
                case HandleKind.MethodDefinition:
                    found.Add(TopLevelName(metadata.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType()));
                    break;
                case HandleKind.FieldDefinition:
                    found.Add(TopLevelName(metadata.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType()));
                    break;
                case HandleKind.MemberReference:
                    var member = metadata.GetMemberReference((MemberReferenceHandle)handle);
                    Add(found, member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        AddSignature(found, member.DecodeMethodSignature(this, null));
                    }
                    else
                    {
                        found.UnionWith(member.DecodeFieldSignature(this, null));
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var specification = metadata.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Add(found, specification.Method);
                    foreach (var argument in specification.DecodeSignature(this, null))
                    {
                        found.UnionWith(argument);
                    }

                    break;
                case HandleKind.StandaloneSignature:
                    var standalone = metadata.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (standalone.GetKind() == StandaloneSignatureKind.LocalVariables)
                    {
                        foreach (var local in standalone.DecodeLocalSignature(this, null))
                        {
                            found.UnionWith(local);
                        }
                    }
                    else
                    {
                        AddSignature(found, standalone.DecodeMethodSignature(this, null));
                    }

                    break;
                default:
                    break; // type and member references of other assemblies
            }
        }

        public void AddSignature(HashSet<string> found, MethodSignature<IEnumerable<string>> signature)
        {
            found.UnionWith(signature.ReturnType);
            foreach (var parameter in signature.ParameterTypes)
            {
                found.UnionWith(parameter);
            }
        }

        public void AddAttributes(HashSet<string> found, CustomAttributeHandleCollection attributes)
        {
            foreach (var attribute in attributes)
            {
                Add(found, metadata.GetCustomAttribute(attribute).Constructor);
            }
        }

        public void AddBody(HashSet<string> found, HashSet<string> calls, MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                Add(found, body.LocalSignature);
            }

            foreach (var region in body.ExceptionRegions)
            {
                Add(found, region.CatchType);
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                int code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = 0xFE00 | il.ReadByte();
                }

                switch (s_operands.Of(code))
                {
                    case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                        var token = MetadataTokens.EntityHandle(il.ReadInt32());
                        Add(found, token);
                        if (token.Kind == HandleKind.MethodDefinition)
                        {
                            var called = metadata.GetMethodDefinition((MethodDefinitionHandle)token);
                            calls.Add(TopLevelName(called.GetDeclaringType()) + "::" + metadata.GetString(called.Name));
                        }

                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case var operand:
                        il.Offset += FrozenOperands.Size(operand);
                        break;
                }
            }
        }

        public IEnumerable<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [TopLevelName(handle)];

        public IEnumerable<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => s_none;

        public IEnumerable<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public IEnumerable<string> GetGenericInstantiation(IEnumerable<string> genericType, ImmutableArray<IEnumerable<string>> typeArguments)
            => genericType.Concat(typeArguments.SelectMany(argument => argument)).ToList();

        public IEnumerable<string> GetSZArrayType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetArrayType(IEnumerable<string> elementType, ArrayShape shape) => elementType;

        public IEnumerable<string> GetByReferenceType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetPointerType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetPinnedType(IEnumerable<string> elementType) => elementType;

        public IEnumerable<string> GetModifiedType(IEnumerable<string> modifier, IEnumerable<string> unmodifiedType, bool isRequired) => modifier.Concat(unmodifiedType).ToList();

        public IEnumerable<string> GetFunctionPointerType(MethodSignature<IEnumerable<string>> signature)
            => signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(parameter => parameter)).ToList();

        public IEnumerable<string> GetGenericMethodParameter(object? genericContext, int index) => s_none;

        public IEnumerable<string> GetGenericTypeParameter(object? genericContext, int index) => s_none;

        public IEnumerable<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => s_none;
    }

    /// <summary>The operand type of every IL opcode, from <see cref="OpCodes"/>.</summary>
    private sealed class FrozenOperands
    {
        private readonly Dictionary<int, OperandType> _byCode = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (OpCode)field.GetValue(null)!)
            .ToDictionary(code => (int)(ushort)code.Value, code => code.OperandType);

        public OperandType Of(int code)
            => _byCode.TryGetValue(code, out var operand) ? operand : throw new InvalidOperationException($"Unknown IL opcode 0x{code:X}.");

        public static int Size(OperandType operand) => operand switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR => 4,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            _ => throw new InvalidOperationException($"No size for operand {operand}."),
        };
    }
}
