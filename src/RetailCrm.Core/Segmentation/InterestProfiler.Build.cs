namespace RetailCrm.Segmentation;

using System.Runtime.InteropServices;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

public static partial class InterestProfiler
{
    private static InterestProfile[] Build(Pass pass, Currency currency)
    {
        var customers = pass.Customers;
        customers.Freeze();
        var categoryIds = IdsByRank(pass.CategoryIds, out var categoryRank);
        var channelIds = IdsByRank(pass.ChannelIds, out var channelRank);

        // Group the lines and orders by customer slot (a counting sort: each customer's count is in its tally),
        // with categories and channels replaced by their ordinal rank, so that ties order by id.
        var lineStart = Starts(customers, static (in ProfileTally t) => t.Lines);
        var orderStart = Starts(customers, static (in ProfileTally t) => t.Orders);
        var lines = new (int Category, long Spend)[pass.Lines.Count];
        var channels = new int[pass.Orders.Count];
        var next = (int[])lineStart.Clone();
        foreach (var (slot, category, minor) in CollectionsMarshal.AsSpan(pass.Lines))
        {
            lines[next[slot]++] = (categoryRank[category], minor);
        }

        next = (int[])orderStart.Clone();
        foreach (var (slot, channel) in CollectionsMarshal.AsSpan(pass.Orders))
        {
            channels[next[slot]++] = channelRank[channel];
        }

        var order = customers.InCustomerOrder();
        var profiles = new InterestProfile[order.Length];
        var runs = new (int Id, long Weight, int Count)[Math.Max(1, Math.Max(categoryIds.Length, channelIds.Length))];
        for (var i = 0; i < order.Length; i++)
        {
            var slot = order[i];
            ref readonly var tally = ref customers.At(slot);
            var ownLines = lines.AsSpan(lineStart[slot], tally.Lines);
            var ownChannels = channels.AsSpan(orderStart[slot], tally.Orders);
            ownLines.Sort(static (a, b) => a.Category.CompareTo(b.Category));
            ownChannels.Sort();
            var categoryRuns = Runs(ownLines, runs);
            var preferences = Preferences(runs.AsSpan(0, categoryRuns), categoryIds, currency);
            var channelRuns = Runs(ownChannels, runs);
            var uses = Uses(runs.AsSpan(0, channelRuns), channelIds);
            profiles[i] = new InterestProfile(customers.Customer(slot), tally, currency, preferences, uses);
        }

        return profiles;
    }

    private delegate int Measure(in ProfileTally tally);

    // Where each customer's rows start in the shared array: the running sum of the rows before.
    private static int[] Starts(CustomerTallies<ProfileTally> customers, Measure rows)
    {
        var starts = new int[customers.Count];
        for (int slot = 0, sum = 0; slot < starts.Length; slot++)
        {
            starts[slot] = sum;
            sum += rows(customers.At(slot));
        }

        return starts;
    }

    // The ids in ordinal order, and the rank of each dense index in that order.
    private static TId[] IdsByRank<TId>(Dictionary<TId, int> indexes, out int[] rank)
        where TId : notnull
    {
        var ids = new TId[indexes.Count];
        var text = new string[indexes.Count];
        foreach (var (id, index) in indexes)
        {
            ids[index] = id;
            text[index] = id.ToString()!;
        }

        var byIndex = new int[ids.Length];
        for (var i = 0; i < byIndex.Length; i++)
        {
            byIndex[i] = i;
        }

        Array.Sort(text, byIndex, StringComparer.Ordinal);
        rank = new int[ids.Length];
        var ranked = new TId[ids.Length];
        for (var k = 0; k < byIndex.Length; k++)
        {
            rank[byIndex[k]] = k;
            ranked[k] = ids[byIndex[k]];
        }

        return ranked;
    }

    // Runs of equal ids in sorted lines, summed, largest first (ties by rank, the input's order).
    private static int Runs(ReadOnlySpan<(int Category, long Spend)> sorted, (int Id, long Weight, int Count)[] runs)
    {
        var n = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (n < 0 || runs[n].Id != sorted[i].Category)
            {
                runs[++n] = (sorted[i].Category, 0, 0);
            }

            runs[n] = (runs[n].Id, checked(runs[n].Weight + sorted[i].Spend), runs[n].Count + 1);
        }

        return Largest(runs, n + 1);
    }

    private static int Runs(ReadOnlySpan<int> sorted, (int Id, long Weight, int Count)[] runs)
    {
        var n = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (n < 0 || runs[n].Id != sorted[i])
            {
                runs[++n] = (sorted[i], 0, 0);
            }

            runs[n] = (runs[n].Id, runs[n].Weight + 1, runs[n].Count + 1);
        }

        return Largest(runs, n + 1);
    }

    private static int Largest((int Id, long Weight, int Count)[] runs, int count)
    {
        runs.AsSpan(0, count).Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Id.CompareTo(b.Id));
        return count;
    }

    private static CategoryPreference[] Preferences(ReadOnlySpan<(int Id, long Weight, int Count)> runs, CategoryId[] ids, Currency currency)
    {
        Span<Percentage> shares = runs.Length <= 32 ? stackalloc Percentage[runs.Length] : new Percentage[runs.Length];
        Shares.Split(Weights(runs, stackalloc long[Math.Min(runs.Length, 32)]), shares);
        var result = new CategoryPreference[runs.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            result[i] = new CategoryPreference(ids[runs[i].Id], Money.FromMinorUnits(runs[i].Weight, currency), shares[i], runs[i].Count);
        }

        return result;
    }

    private static ChannelUse[] Uses(ReadOnlySpan<(int Id, long Weight, int Count)> runs, SalesChannel[] ids)
    {
        Span<Percentage> shares = runs.Length <= 32 ? stackalloc Percentage[runs.Length] : new Percentage[runs.Length];
        Shares.Split(Weights(runs, stackalloc long[Math.Min(runs.Length, 32)]), shares);
        var result = new ChannelUse[runs.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            result[i] = new ChannelUse(ids[runs[i].Id], runs[i].Count, shares[i]);
        }

        return result;
    }

    private static ReadOnlySpan<long> Weights(ReadOnlySpan<(int Id, long Weight, int Count)> runs, Span<long> buffer)
    {
        var weights = runs.Length <= buffer.Length ? buffer[..runs.Length] : new long[runs.Length];
        for (var i = 0; i < runs.Length; i++)
        {
            weights[i] = runs[i].Weight;
        }

        return weights;
    }
}
