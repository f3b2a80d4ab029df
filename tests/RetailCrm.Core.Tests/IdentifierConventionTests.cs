namespace RetailCrm.Tests;

using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Primitives;
using RetailCrm.Testing;

/// <summary>
/// Every public constructor and method that takes an identifier rejects the <c>default</c>
/// identifier (which names nothing) with an <see cref="ArgumentException"/> naming the argument,
/// checked by reflection over RetailCrm.Core and RetailCrm.Testing.
/// </summary>
/// <remarks>
/// Each member is called once per identifier it takes, with <c>default</c> there (or inside a
/// collection or tuple of identifiers), valid identifiers in the other identifier arguments, and
/// <c>default</c> or <see langword="null"/> everywhere else, on an uninitialized instance. So the
/// guard must come before anything else the member does: the library checks identifiers first.
/// </remarks>
public sealed class IdentifierConventionTests
{
    // Members allowed to take a default identifier, each with the reason. Keep it short.
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        // The library raises it with the key of a command it has already checked; an exception
        // that threw while being made would hide the error it reports.
        ["IdempotencyKeyReusedException..ctor(key)"] = "an exception reporting a key, not an input",
        ["OrderRecordConflictException..ctor(order)"] = "an exception reporting an order, not an input",

        // A validity check: "is this a well-formed generated code" is false for the empty code, as
        // documented and pinned by CouponCodeGeneratorTests.A_default_code_has_no_valid_check_character.
        ["CouponCodeGenerator.HasValidCheckCharacter(code)"] = "a predicate answering false for the empty code",
    };

    private static readonly Assembly[] Walked = [typeof(Money).Assembly, typeof(PrimitiveArbitraries).Assembly];

    private static readonly Type[] IdTypes = typeof(Money).Assembly.GetTypes()
        .Where(t => t.IsValueType && typeof(IIdentifier).IsAssignableFrom(t))
        .ToArray();

    private static readonly string[] MustBeWalked =
    [
        "PaidOrder..ctor(id)", "PaidOrderLine..ctor(sku)", "PaidOrderLine..ctor(category)", "OrderRefund..ctor(id)",
        "OrderRefund..ctor(orderId)", "PaidOrder.Simple(category)", "PointsService.EarnAsync(customerId)", "PointsService.ClawBackAsync(key)",
        "PointsAccount.Open(customerId)", "EarnPoints..ctor(key)", "InMemoryPointsAccountStore.LoadAsync(customerId)",
        "MembershipService.AssignAsync(tier)", "ComplaintService.OpenAsync(order)", "CouponIssuer.IssueAsync(promotion)",
        "CartLine..ctor(categories)", "EarningPolicy..ctor(categoryMultipliers)", "CustomerOrder..ctor(Customer)",
        "CustomerOrder.set_Customer(value)", "MembershipScenario.Open(customer)", "Shopper.set_Segments(value)",
    ];

    [Fact]
    public void Every_identifier_type_is_checked_by_the_one_guard()
    {
        // A public struct made from one string that refuses an empty one is an identifier.
        var looksLikeId = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetConstructor([typeof(string)]) is not null && RejectsEmpty(t))
            .ToArray();

        Assert.Equal(14, IdTypes.Length);
        Assert.All(looksLikeId, t => Assert.Contains(t, IdTypes));
        Assert.All(IdTypes, t => Assert.True(((IIdentifier)Activator.CreateInstance(t)!).IsDefault, $"default({t.Name}) is not default"));
        Assert.All(IdTypes, t => Assert.False(((IIdentifier)Sample(t)).IsDefault, $"a valid {t.Name} is default"));
    }

    [Fact]
    public async Task Every_public_constructor_and_method_taking_an_identifier_rejects_the_default_naming_the_argument()
    {
        var cases = Walked.SelectMany(a => a.GetExportedTypes()).Where(IsWalkedType).SelectMany(Members).SelectMany(Cases).ToArray();
        var failures = new List<string>();
        foreach (var c in cases.Where(c => !Exempt.ContainsKey(c.Name)))
        {
            var thrown = await Invoke(c);
            if (thrown is not ArgumentException { ParamName: var name } || name != c.ExpectedParamName)
            {
                var what = thrown is null ? "nothing" : $"{thrown.GetType().Name}(ParamName: {(thrown as ArgumentException)?.ParamName ?? "-"}): {thrown.Message}";
                failures.Add($"{c.Name} [{c.Variant}] threw {what}");
            }
        }

        var names = cases.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var members = cases.Select(c => c.Member).Distinct().Count();
        TestContext.Current.TestOutputHelper?.WriteLine($"{cases.Length} cases over {members} members, {Exempt.Count} exempt.");
        Assert.All(MustBeWalked, name => Assert.Contains(name, names));
        Assert.All(Exempt.Keys, name => Assert.Contains(name, names));
        Assert.True(cases.Length >= 250, $"Only {cases.Length} cases were walked.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} members accept a default identifier:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal)));
    }

    private static bool IsWalkedType(Type t) =>
        !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t) && !t.ContainsGenericParameters && !IdTypes.Contains(t);

    private static IEnumerable<MethodBase> Members(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var constructors = type.IsAbstract ? [] : type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => c.GetParameters() is not [{ } only] || only.ParameterType != type);
        var methods = type.GetMethods(flags)
            .Where(m => !m.IsAbstract && !m.ContainsGenericParameters && !IsGenerated(m) && (!m.IsSpecialName || IsInit(m)));
        return constructors.Concat<MethodBase>(methods);
    }

    private static bool IsGenerated(MethodInfo m) =>
        m.Name is "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "<Clone>$" or "PrintMembers" || m.Name.StartsWith("op_", StringComparison.Ordinal);

    private static bool IsInit(MethodInfo m) =>
        m.Name.StartsWith("set_", StringComparison.Ordinal) && m.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static IEnumerable<Case> Cases(MethodBase member)
    {
        var parameters = member.GetParameters();
        var name = $"{member.DeclaringType!.Name}.{member.Name}";
        for (var i = 0; i < parameters.Length; i++)
        {
            var expected = member.IsSpecialName && member is MethodInfo ? member.Name[4..] : parameters[i].Name!;
            foreach (var (variant, bad) in BadValues(parameters[i].ParameterType))
            {
                var args = parameters.Select(p => Filler(p.ParameterType)).ToArray();
                args[i] = bad;
                yield return new Case($"{name}({parameters[i].Name})", variant, member, args, expected);
            }
        }
    }

    // The values of a parameter's type that carry a default identifier, each with a label.
    private static IEnumerable<(string Variant, object? Value)> BadValues(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IdTypes.Contains(underlying))
        {
            yield return (type == underlying ? "default" : "non-null default", Activator.CreateInstance(underlying));
        }
        else if (underlying.IsGenericType && underlying.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
        {
            var fields = underlying.GetGenericArguments();
            for (var f = 0; f < fields.Length; f++)
            {
                if (IdTypes.Contains(fields[f]))
                {
                    var items = fields.Select((t, j) => j == f ? Activator.CreateInstance(t) : Filler(t)).ToArray();
                    yield return ($"default in tuple item {f + 1}", Activator.CreateInstance(underlying, items));
                }
            }
        }
        else if (type.IsGenericType && type.GetGenericArguments() is [var element] && IdTypes.Contains(element)
            && new[] { element.MakeArrayType(), typeof(HashSet<>).MakeGenericType(element) }.FirstOrDefault(type.IsAssignableFrom) is { } concrete)
        {
            var items = Array.CreateInstance(element, 2);
            items.SetValue(Sample(element), 0);
            yield return ("default element", concrete.IsArray ? items : Activator.CreateInstance(concrete, items));
        }
        else if (type.IsGenericType && type.GetGenericArguments() is [var key, var value] && IdTypes.Contains(key)
            && type.IsAssignableFrom(typeof(Dictionary<,>).MakeGenericType(key, value)))
        {
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
            dictionary.Add(Activator.CreateInstance(key)!, value.IsValueType ? Activator.CreateInstance(value) : null);
            yield return ("default key", dictionary);
        }
    }

    // What the other parameters get: a valid identifier, or default/null, so only the one under test is bad.
    private static object? Filler(Type type)
    {
        var plain = type.IsByRef ? type.GetElementType()! : type;
        return IdTypes.Contains(plain) ? Sample(plain)
            : plain.IsValueType && Nullable.GetUnderlyingType(plain) is null ? Activator.CreateInstance(plain)
            : null;
    }

    private static object Sample(Type idType) => Activator.CreateInstance(idType, "sample-1")!;

    private static bool RejectsEmpty(Type t)
    {
        try
        {
            Activator.CreateInstance(t, string.Empty);
            return false;
        }
        catch (TargetInvocationException e) when (e.InnerException is ArgumentException)
        {
            return true;
        }
    }

    private static async Task<Exception?> Invoke(Case c)
    {
        try
        {
            var result = c.Member is ConstructorInfo ctor
                ? ctor.Invoke(c.Args)
                : c.Member.Invoke(c.Member.IsStatic ? null : RuntimeHelpers.GetUninitializedObject(c.Member.DeclaringType!), c.Args);
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case ValueTask valueTask:
                    await valueTask;
                    break;
                default:
                    if (result?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
                    {
                        await (Task)type.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!;
                    }

                    break;
            }

            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    private sealed record Case(string Name, string Variant, MethodBase Member, object?[] Args, string ExpectedParamName);
}
