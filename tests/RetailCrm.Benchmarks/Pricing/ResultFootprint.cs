namespace RetailCrm.Benchmarks.Pricing;

using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

/// <summary>
/// What a result holds that its computation created: the objects reachable from the result that are
/// not reachable from the inputs (the engine with its catalog, the cart, the shopper), in bytes as the
/// runtime allocates them. Comparing it with the bytes a call allocated shows whether the call
/// allocates anything beyond its result.
/// </summary>
public static class ResultFootprint
{
    private static readonly ConcurrentDictionary<Type, long> InstanceSizes = new();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();
    private static readonly MethodInfo EmptyArray = typeof(Array).GetMethod(nameof(Array.Empty))!;

    /// <summary>The bytes of the objects reachable from <paramref name="result"/> and from none of <paramref name="inputs"/>.</summary>
    /// <param name="result">The result.</param>
    /// <param name="inputs">What the computation was given, and anything else it may share with its result.</param>
    /// <returns>The bytes, with object headers and padding as allocated.</returns>
    public static long Bytes(object result, params object[] inputs)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(inputs);
        var shared = Reachable(inputs, new HashSet<object>(ReferenceEqualityComparer.Instance));
        var own = Reachable([result], shared);
        return own.Sum(SizeOf);
    }

    /// <summary>The bytes the runtime allocates for <paramref name="value"/> alone (not what it references).</summary>
    /// <param name="value">An object.</param>
    /// <returns>The bytes.</returns>
    public static long SizeOf(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            string text => Measure(() => new string('x', text.Length)),
            Array array => Measure(() => Array.CreateInstance(array.GetType().GetElementType()!, array.Length)),
            _ => InstanceSizes.GetOrAdd(value.GetType(), type => Measure(() => RuntimeHelpers.GetUninitializedObject(type))),
        };
    }

    private static long Measure(Func<object> allocate)
    {
        allocate();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var made = allocate();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(made);
        return bytes;
    }

    // Every object reachable from the roots through instance fields and array elements, struct fields
    // included, without passing through the excluded set.
    private static HashSet<object> Reachable(IEnumerable<object> roots, HashSet<object> excluded)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>(roots);
        while (pending.TryPop(out var current))
        {
            if (excluded.Contains(current) || current is Type or MemberInfo or Pointer || IsSharedEmpty(current) || !seen.Add(current))
            {
                continue;
            }

            if (current is Array array)
            {
                if (!array.GetType().GetElementType()!.IsPrimitive)
                {
                    foreach (var element in array)
                    {
                        Push(pending, element);
                    }
                }

                continue;
            }

            if (current is not string)
            {
                PushFields(pending, current);
            }
        }

        return seen;
    }

    // The runtime's one empty array of a type (Array.Empty), which any code may hand out without allocating.
    private static bool IsSharedEmpty(object value) =>
        value is Array { Length: 0 } array
        && ReferenceEquals(array, EmptyArray.MakeGenericMethod(array.GetType().GetElementType()!).Invoke(null, null));

    private static void PushFields(Stack<object> pending, object current)
    {
        foreach (var field in Fields.GetOrAdd(current.GetType(), InstanceFields))
        {
            Push(pending, field.GetValue(current));
        }
    }

    // A reference is followed; a struct (boxed by reflection) is looked into, not counted.
    private static void Push(Stack<object> pending, object? value)
    {
        if (value is null || value.GetType().IsPrimitive || value is Pointer || value is IntPtr or UIntPtr)
        {
            return;
        }

        if (value.GetType().IsValueType)
        {
            PushFields(pending, value);
        }
        else
        {
            pending.Push(value);
        }
    }

    private static FieldInfo[] InstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null; t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Where(f => !f.FieldType.IsPrimitive && !f.FieldType.IsPointer && f.FieldType != typeof(decimal)));
        }

        return [.. fields];
    }
}
