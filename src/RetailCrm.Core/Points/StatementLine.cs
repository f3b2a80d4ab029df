namespace RetailCrm.Points;

using RetailCrm.Primitives;

/// <summary>A ledger entry with the balance after it.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="RunningBalance">The balance after this entry: the sum of it and every entry before it.</param>
public sealed record StatementLine(PointsEntry Entry, Points RunningBalance);
