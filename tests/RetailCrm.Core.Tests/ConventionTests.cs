namespace RetailCrm.Tests;

using System.Reflection;
using RetailCrm.Primitives;

/// <summary>Conventions every public type of RetailCrm.Core keeps, checked by reflection.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Core = typeof(Money).Assembly;

    private static IEnumerable<Type> PublicTypes => Core.GetExportedTypes();

    [Fact]
    public void The_domain_references_only_the_runtime_NodaTime_and_the_guard_clauses()
    {
        var references = Core.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "NodaTime" or "Ardalis.GuardClauses",
            $"RetailCrm.Core references {name}"));
    }

    [Fact]
    public void Every_public_value_type_is_equatable_with_equality_operators()
    {
        var structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum).ToArray();

        Assert.NotEmpty(structs);
        Assert.All(structs, type =>
        {
            Assert.True(typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type), $"{type} is not IEquatable");
            Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
            Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        });
    }

    [Fact]
    public void Every_public_value_type_is_readonly()
    {
        var structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum);

        Assert.All(structs, type => Assert.True(
            type.GetCustomAttributes().Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"),
            $"{type} is not a readonly struct"));
    }

    [Fact]
    public void Every_public_concrete_class_is_sealed()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed);

        Assert.Empty(open);
    }

    [Fact]
    public void Every_public_exception_belongs_to_the_RetailCrmException_family()
    {
        var exceptions = PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)).ToArray();

        Assert.Contains(typeof(RetailCrmException), exceptions);
        Assert.All(exceptions, type => Assert.True(typeof(RetailCrmException).IsAssignableFrom(type), $"{type} is outside the family"));
    }

    [Fact]
    public void No_public_member_exposes_a_bare_DateTime()
    {
        var members = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => MemberTypes(m).Any(t => t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(DateTime?) || t == typeof(DateTimeOffset?)))
            .Select(m => $"{m.DeclaringType}.{m.Name}");

        Assert.Empty(members);
    }

    private static IEnumerable<Type> MemberTypes(MemberInfo member) => member switch
    {
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        MethodBase m => m.GetParameters().Select(p => p.ParameterType).Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
        _ => [],
    };
}
