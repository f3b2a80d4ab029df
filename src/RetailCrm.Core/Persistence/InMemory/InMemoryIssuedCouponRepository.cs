namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// Keeps issued coupons in memory, thread-safe, unique by code and by idempotency key: the
/// zero-configuration default, and the store tests and samples use. Lost when the process ends.
/// </summary>
public sealed class InMemoryIssuedCouponRepository : IIssuedCouponRepository
{
    // Issued coupons are immutable and only ever added, so one lock over three indexes is all it takes.
    private readonly Dictionary<string, IssuedCoupon> byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<IdempotencyKey, IssuedCoupon> byKey = [];
    private readonly Dictionary<CustomerId, List<IssuedCoupon>> byCustomer = [];
    private readonly Lock gate = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <c>default</c>.</exception>
    public Task<IssuedCoupon?> FindByCodeAsync(CouponCode code, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(code, nameof(code));

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(byCode.GetValueOrDefault(code.Key));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    public Task<IssuedCoupon?> FindByKeyAsync(IdempotencyKey key, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(key, nameof(key));

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(byKey.GetValueOrDefault(key));
        }
    }

    /// <inheritdoc/>
    public Task<bool> TryAddAsync(IssuedCoupon coupon, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(coupon);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (byKey.ContainsKey(coupon.Key) || byCode.ContainsKey(coupon.Coupon.Code.Key))
            {
                return Task.FromResult(false);
            }

            byKey.Add(coupon.Key, coupon);
            byCode.Add(coupon.Coupon.Code.Key, coupon);
            if (!byCustomer.TryGetValue(coupon.Customer, out var list))
            {
                byCustomer[coupon.Customer] = list = [];
            }

            list.Add(coupon);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Task<IReadOnlyList<IssuedCoupon>> ListByCustomerAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));

        cancellationToken.ThrowIfCancellationRequested();
        IssuedCoupon[] coupons;
        lock (gate)
        {
            coupons = byCustomer.TryGetValue(customer, out var list) ? [.. list] : [];
        }

        IReadOnlyList<IssuedCoupon> ordered = [.. coupons.OrderBy(c => c.IssuedAt).ThenBy(c => c.Coupon.Code.Key, StringComparer.Ordinal)];
        return Task.FromResult(ordered);
    }
}
