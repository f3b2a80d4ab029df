namespace RetailCrm.Tests.Promotions;

using System.Security.Cryptography;

/// <summary>
/// A stand-in for a secure random number generator that hands out the given bytes in order,
/// starting over after the last, so a test knows exactly what the generator draws.
/// </summary>
internal sealed class FixedBytes : RandomNumberGenerator
{
    private readonly byte[] bytes;
    private int next;

    public FixedBytes(params byte[] bytes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bytes.Length);
        this.bytes = bytes;
    }

    /// <summary>How many bytes have been handed out so far.</summary>
    public int Drawn { get; private set; }

    public override void GetBytes(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        GetBytes(data.AsSpan());
    }

    public override void GetBytes(byte[] data, int offset, int count) => GetBytes(data.AsSpan(offset, count));

    public override void GetBytes(Span<byte> data)
    {
        foreach (ref var b in data)
        {
            b = bytes[next];
            next = (next + 1) % bytes.Length;
            Drawn++;
        }
    }
}
