namespace RetailCrm.Primitives;

using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

/// <summary>
/// The one guard for identifier arguments at the public boundary: a <c>default</c> identifier (an
/// order <c>''</c>, a customer <c>''</c>) names nothing, so every public constructor and method
/// that takes an identifier rejects it, before anything else, with an <see cref="ArgumentException"/>
/// naming the argument.
/// </summary>
/// <remarks>
/// The check reads one field of the struct and does not allocate, so it costs nothing measurable
/// even where a result record is made per customer or per price adjustment; inner loops over
/// facts or cart lines never call it per element on identifiers that were checked when made.
/// </remarks>
internal static class IdArgument
{
    /// <summary>Returns <paramref name="id"/> when it is not the <c>default</c> identifier.</summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="id">The identifier.</param>
    /// <param name="paramName">The name of the argument, for the exception.</param>
    /// <returns><paramref name="id"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Require<T>(T id, string paramName)
        where T : struct, IIdentifier
    {
        if (id.IsDefault)
        {
            ThrowDefault(typeof(T), paramName);
        }

        return id;
    }

    /// <summary>
    /// Returns <paramref name="id"/> when it is <see langword="null"/> (where the member gives null
    /// a meaning, such as "no order") or a valid identifier; a non-null <c>default</c> is rejected.
    /// </summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="id">The identifier, or <see langword="null"/>.</param>
    /// <param name="paramName">The name of the argument, for the exception.</param>
    /// <returns><paramref name="id"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is a <c>default</c> identifier.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T? Require<T>(T? id, string paramName)
        where T : struct, IIdentifier
    {
        if (id is { IsDefault: true })
        {
            ThrowDefault(typeof(T), paramName);
        }

        return id;
    }

    /// <summary>
    /// Returns the identifiers of <paramref name="ids"/> as a list (the same instance when it is one
    /// already) when none is the <c>default</c> identifier; <see langword="null"/> passes through,
    /// for the member's own null check.
    /// </summary>
    /// <typeparam name="T">The identifier type.</typeparam>
    /// <param name="ids">The identifiers, or <see langword="null"/>.</param>
    /// <param name="paramName">The name of the argument, for the exception.</param>
    /// <returns>The identifiers, enumerated once.</returns>
    /// <exception cref="ArgumentException">An identifier is <c>default</c>.</exception>
    [return: NotNullIfNotNull(nameof(ids))]
    public static IReadOnlyList<T>? RequireEach<T>(IEnumerable<T>? ids, string paramName)
        where T : struct, IIdentifier
    {
        if (ids is null)
        {
            return null;
        }

        var list = ids as IReadOnlyList<T> ?? ids.ToArray();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].IsDefault)
            {
                throw new ArgumentException(
                    $"Item {i} is the default {typeof(T).Name}, which is empty and names nothing.", paramName);
            }
        }

        return list;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDefault(Type type, string paramName) =>
        throw new ArgumentException(
            $"A {type.Name} is required; the default {type.Name} is empty and names nothing.", paramName);
}
