namespace RetailCrm.Tests.Promotions;

using FsCheck;
using FsCheck.Fluent;

/// <summary>Short command sequences for the usage model: 1 to 10 commands, each one number (see <see cref="PromotionUsageModelTests"/>).</summary>
public static class UsageCommandArbitrary
{
    public const int Commands = 960;

    public static Arbitrary<int[]> Sequences() =>
        Arb.From(
            from length in Gen.Choose(1, 10)
            from commands in Gen.ArrayOf(Gen.Choose(0, Commands - 1), length)
            select commands,
            commands => commands.Length <= 1 ? [] : [commands[..^1], commands[1..]]);
}
