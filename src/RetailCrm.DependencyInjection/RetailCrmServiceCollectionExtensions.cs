namespace RetailCrm.DependencyInjection;

using Ardalis.GuardClauses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Membership;
using RetailCrm.Persistence.InMemory;
using RetailCrm.Persistence;
using RetailCrm.Points;
using RetailCrm.Primitives;
using RetailCrm.Promotions;
using RetailCrm.Service;

/// <summary>Registers RetailCrm with Microsoft.Extensions.DependencyInjection.</summary>
public static class RetailCrmServiceCollectionExtensions
{
    /// <summary>
    /// Registers RetailCrm's services and the policies of <paramref name="configure"/> (which
    /// replace any registered before). A NodaTime <see cref="IClock"/> (the system clock) and the
    /// in-memory stores are added only if none is registered already, so register your own clock
    /// or stores first, or replace them afterwards.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the shop's currency, time zone and policies; optional.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options contradict each other (e.g. a points policy in another currency).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options hold an out-of-range value.</exception>
    /// <exception cref="ArgumentException">The promotions or coupons in the options are inconsistent (see <see cref="PromotionCatalog"/>).</exception>
    public static IServiceCollection AddRetailCrm(this IServiceCollection services, Action<RetailCrmOptions>? configure = null)
    {
        Guard.Against.Null(services);
        var options = new RetailCrmOptions();
        configure?.Invoke(options);
        var pointsPolicy = options.ResolvePointsPolicy();
        var tiers = options.ResolveTiers();
        var feedback = options.ResolveFeedback();
        var serviceRecovery = options.ResolveServiceRecovery();
        var maxAttempts = Guard.Against.OutOfRange(options.MaxConcurrencyAttempts, nameof(options.MaxConcurrencyAttempts), 1, 100);

        // The options are authoritative for policies; the clock and the stores are the integrator's to replace.
        services.Replace(ServiceDescriptor.Singleton(options));
        services.Replace(ServiceDescriptor.Singleton(pointsPolicy));
        services.Replace(ServiceDescriptor.Singleton(tiers));
        services.Replace(ServiceDescriptor.Singleton(feedback));
        services.Replace(ServiceDescriptor.Singleton(serviceRecovery));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<InMemoryEventOutbox>();
        services.TryAddSingleton<IEventOutbox>(sp => sp.GetRequiredService<InMemoryEventOutbox>());
        services.TryAddSingleton<IPointsAccountStore>(sp => new InMemoryPointsAccountStore(sp.GetRequiredService<InMemoryEventOutbox>()));
        services.TryAddSingleton<IPromotionUsageStore>(sp => new InMemoryPromotionUsageStore(sp.GetRequiredService<InMemoryEventOutbox>()));
        services.TryAddSingleton<IIssuedCouponRepository, InMemoryIssuedCouponRepository>();
        services.TryAddSingleton<IMembershipRepository>(sp => new InMemoryMembershipRepository(sp.GetRequiredService<TierLadder>()));
        services.TryAddSingleton<IFeedbackProfileStore>(sp => new InMemoryFeedbackProfileStore(sp.GetRequiredService<InMemoryEventOutbox>()));
        services.TryAddSingleton<IComplaintStore>(sp => new InMemoryComplaintStore(sp.GetRequiredService<InMemoryEventOutbox>()));

        // A catalog registered earlier (loaded from the shop's own store) wins over the options' promotions.
        if (!services.Any(d => d.ServiceType == typeof(PromotionCatalog)))
        {
            services.AddSingleton(options.BuildPromotionCatalog(tiers));
        }

        services.TryAddSingleton(sp => new PricingEngine(sp.GetRequiredService<PromotionCatalog>()));

        // Transient: safe with scoped stores such as a DbContext-backed repository.
        services.TryAddTransient(sp => new PointsService(
            sp.GetRequiredService<IPointsAccountStore>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<PointsPolicy>(),
            maxAttempts));
        services.TryAddTransient(sp => new MembershipService(
            sp.GetRequiredService<IMembershipRepository>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<TierLadder>(),
            maxAttempts));
        services.TryAddTransient(sp => new FeedbackService(
            sp.GetRequiredService<IFeedbackProfileStore>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<FeedbackPolicy>(),
            maxAttempts));
        services.TryAddTransient<ICompensationIssuer>(sp => new CompensationIssuer(
            sp.GetRequiredService<PointsService>(),
            options.IssueCoupon ?? IssueThrough(sp.GetRequiredService<CouponIssuer>())));
        services.TryAddTransient(sp => new ComplaintService(
            sp.GetRequiredService<IComplaintStore>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<ServiceRecoveryPolicy>(),
            sp.GetRequiredService<ICompensationIssuer>(),
            maxAttempts));
        services.TryAddTransient(sp => new PromotionService(
            sp.GetRequiredService<PromotionCatalog>(),
            sp.GetRequiredService<IPromotionUsageStore>(),
            sp.GetRequiredService<IClock>(),
            maxAttempts,
            sp.GetRequiredService<IIssuedCouponRepository>()));
        services.TryAddTransient(sp => new CouponIssuer(
            sp.GetRequiredService<PromotionCatalog>(),
            sp.GetRequiredService<IIssuedCouponRepository>(),
            sp.GetRequiredService<IClock>()));
        return services;
    }

    // Compensation coupons go through the shop's coupon issuer, idempotent by the compensation's key.
    private static Func<CustomerId, PromotionId, IdempotencyKey, CancellationToken, Task<CouponCode>> IssueThrough(CouponIssuer issuer) =>
        async (customer, promotion, key, cancellationToken) =>
            (await issuer.IssueAsync(customer, promotion, key, cancellationToken: cancellationToken).ConfigureAwait(false)).Code;
}
