namespace RetailCrm.Segmentation;

/// <summary>What a pass over <see cref="CustomerOrder"/>s adds to a customer's tally for each order that counts.</summary>
/// <typeparam name="T">The tally.</typeparam>
internal interface IOrderTally<T>
    where T : struct
{
    /// <summary>Whether an order placed <paramref name="daysAgo"/> days before the evaluation date counts.</summary>
    /// <param name="daysAgo">Days from the order to the evaluation date (negative after it).</param>
    /// <returns><see langword="true"/> when it counts.</returns>
    bool Counts(int daysAgo);

    /// <summary>Adds an order that counts to its customer's tally.</summary>
    /// <param name="tally">The tally, zeroed when <paramref name="added"/>.</param>
    /// <param name="added">Whether this is the customer's first order that counts.</param>
    /// <param name="daysAgo">Days from the order to the evaluation date.</param>
    /// <param name="minor">The amount in minor units.</param>
    void Add(ref T tally, bool added, int daysAgo, long minor);
}
