namespace RetailCrm.Credit;

/// <summary>
/// The role a party played in a trade. Credit is kept per role, as Taobao keeps seller credit
/// (ratings from buyers) and buyer credit (ratings from sellers) apart: a good buyer is not
/// thereby a trustworthy shop.
/// </summary>
public enum FeedbackRole
{
    /// <summary>The party sold; the buyer rates it.</summary>
    Seller = 0,

    /// <summary>The party bought; the seller rates it.</summary>
    Buyer = 1,
}
