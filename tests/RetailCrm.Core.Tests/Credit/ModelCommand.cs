namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>One generated command: its kind, the trade it names, which side is rated, the rating, the reply, the party whose windows close, and how far the clock moves.</summary>
public sealed record ModelCommand(FeedbackCommandKind Kind, int Trade, bool SellerRated, RatingValue Value, bool Comment, FeedbackReplyAuthor Author, int Text, int Party, int Hours)
{
    public override string ToString() => Kind switch
    {
        FeedbackCommandKind.Advance => $"advance {Hours}h",
        FeedbackCommandKind.Close => $"close windows of party {Party}",
        FeedbackCommandKind.Rate => $"rate t-{Trade} {(SellerRated ? "seller" : "buyer")} {Value}{(Comment ? " with comment" : string.Empty)}",
        FeedbackCommandKind.Reply => $"reply t-{Trade} {(SellerRated ? "seller" : "buyer")} {Author} #{Text}",
        _ => $"{Kind} t-{Trade} {(SellerRated ? "seller" : "buyer")}",
    };
}
