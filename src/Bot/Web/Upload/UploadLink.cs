using System.Diagnostics.CodeAnalysis;

namespace QcdcBot.Bot.Web.Upload;

/// <summary>What a personal upload link is bound to: one member, their unit, one deadline, and when it stops working.</summary>
internal sealed record UploadLink(long MemberId, long UnitId, long DeadlineId, DateTimeOffset ExpiresAt)
{
    private const byte Version = 1;

    /// <summary>Compact: a version byte and four 7-bit-encoded numbers (expiry in whole minutes), about 10 bytes.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer);
        writer.Write(Version);
        writer.Write7BitEncodedInt64(MemberId);
        writer.Write7BitEncodedInt64(UnitId);
        writer.Write7BitEncodedInt64(DeadlineId);
        writer.Write7BitEncodedInt64(ExpiresAt.ToUnixTimeSeconds() / 60);
        writer.Flush();
        return buffer.ToArray();
    }

    public static bool TryRead(byte[] bytes, [NotNullWhen(true)] out UploadLink? link)
    {
        link = null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes));
            if (reader.ReadByte() != Version)
            {
                return false;
            }

            var member = reader.Read7BitEncodedInt64();
            var unit = reader.Read7BitEncodedInt64();
            var deadline = reader.Read7BitEncodedInt64();
            var minutes = reader.Read7BitEncodedInt64();
            if (reader.BaseStream.Position != bytes.Length || minutes is < 0 or > 1L << 40)
            {
                return false;
            }

            link = new UploadLink(member, unit, deadline, DateTimeOffset.FromUnixTimeSeconds(minutes * 60));
            return true;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException)
        {
            return false;
        }
    }
}
