namespace RetailCrm.Promotions;

/// <summary>
/// The order a catalog considers its promotions in, worked out once when the catalog is built:
/// what the merchant said (the reward's class, the priority, the stacking), then the promotion's
/// content. A promotion's id and name are only what it is called, so they never decide.
/// </summary>
internal static class EvaluationOrder
{
    /// <summary>Sorts <paramref name="promotions"/> into evaluation order.</summary>
    public static Promotion[] Sort(IReadOnlyList<Promotion> promotions)
    {
        var keys = promotions.ToDictionary(p => p, PromotionContent.Key);
        return
        [
            .. promotions
                .OrderBy(p => ClassRank(p.Class))
                .ThenByDescending(p => p.Priority)
                .ThenBy(p => StackingRank(p.Stacking))
                .ThenBy(p => keys[p], StringComparer.Ordinal)

                // Only twins (the same content under two ids) get this far; either order prices alike.
                .ThenBy(p => p.Id.Value, StringComparer.Ordinal),
        ];
    }

    // Item rewards work on the lines, order rewards on what the lines then cost, shipping last.
    private static int ClassRank(PromotionClass promotionClass) => promotionClass switch
    {
        PromotionClass.Item => 0,
        PromotionClass.Order => 1,
        _ => 2,
    };

    // At equal priority, a promotion that keeps others off goes first, or its stacking could never take effect.
    private static int StackingRank(Stacking stacking) => stacking switch
    {
        Stacking.Exclusive => 0,
        Stacking.StopsFurther => 1,
        _ => 2,
    };
}
