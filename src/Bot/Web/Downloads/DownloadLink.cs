using System.Diagnostics.CodeAnalysis;
using System.Text;
using QcdcBot.Bot.Conversation.Submissions;

namespace QcdcBot.Bot.Web.Downloads;

/// <summary>
/// What a download link is bound to: the person it was sent to (<c>channel:id</c>), one stored file (by its SHA-256),
/// the name and type it is served with, and when it stops working.
/// </summary>
internal sealed record DownloadLink(string Person, string Sha256, string FileName, string ContentType, DateTimeOffset ExpiresAt)
{
    private const byte Version = 1;

    /// <summary>A version byte, the expiry in whole minutes, the 32 hash bytes, then three length-prefixed UTF-8 strings.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8);
        writer.Write(Version);
        writer.Write7BitEncodedInt64(ExpiresAt.ToUnixTimeSeconds() / 60);
        writer.Write(Convert.FromHexString(Sha256));
        writer.Write(Person);
        writer.Write(FileName);
        // The type the name implies (an .xlsx) is left out: it is most of the link's length otherwise.
        writer.Write(ContentType == ContentTypes.For(FileName, null) ? string.Empty : ContentType);
        writer.Flush();
        return buffer.ToArray();
    }

    public static bool TryRead(byte[] bytes, [NotNullWhen(true)] out DownloadLink? link)
    {
        link = null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (reader.ReadByte() != Version)
            {
                return false;
            }

            var minutes = reader.Read7BitEncodedInt64();
            var sha = reader.ReadBytes(32);
            var person = reader.ReadString();
            var name = reader.ReadString();
            var type = reader.ReadString();
            if (sha.Length != 32 || reader.BaseStream.Position != bytes.Length || minutes is < 0 or > 1L << 40)
            {
                return false;
            }

            link = new DownloadLink(person, Convert.ToHexStringLower(sha), name, type.Length == 0 ? ContentTypes.For(name, null) : type, DateTimeOffset.FromUnixTimeSeconds(minutes * 60));
            return true;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or IOException)
        {
            return false;
        }
    }
}
