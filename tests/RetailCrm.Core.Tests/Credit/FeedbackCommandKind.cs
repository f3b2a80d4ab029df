namespace RetailCrm.Tests.Credit;

using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RetailCrm.Credit;
using RetailCrm.Primitives;
using static RetailCrm.Tests.Credit.Market;

/// <summary>What a generated feedback command does.</summary>
public enum FeedbackCommandKind
{
    Record,
    RecordChanged,
    Rate,
    Reply,
    Flag,
    Close,
    Advance,
}
