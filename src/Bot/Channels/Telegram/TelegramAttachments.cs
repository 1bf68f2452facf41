using System.Globalization;
using QcdcBot.Bot.Channels.Telegram.Api;
using QcdcBot.Bot.Conversation;
using Telegram.Bot.Types;

namespace QcdcBot.Bot.Channels.Telegram;

/// <summary>A file in a Telegram message, before any byte is fetched.</summary>
internal sealed record TelegramAttachment(string Name, string ContentType, long? Size, string FileId);

/// <summary>Documents and photos (the largest size) of one message or album, and how to fetch their bytes.</summary>
internal static class TelegramAttachments
{
    public static IReadOnlyList<TelegramAttachment> From(IEnumerable<Message> messages)
    {
        var files = new List<TelegramAttachment>();
        foreach (var message in messages)
        {
            if (message.Document is { } document)
            {
                files.Add(new TelegramAttachment(
                    string.IsNullOrWhiteSpace(document.FileName) ? $"tep-{message.MessageId.ToString(CultureInfo.InvariantCulture)}" : document.FileName,
                    document.MimeType ?? string.Empty, document.FileSize, document.FileId));
            }
            else if (message.Photo is { Length: > 0 } sizes)
            {
                var largest = sizes.OrderByDescending(s => (long)s.Width * s.Height).ThenByDescending(s => s.FileSize ?? 0).First();
                files.Add(new TelegramAttachment($"anh-{message.MessageId.ToString(CultureInfo.InvariantCulture)}.jpg", "image/jpeg", largest.FileSize, largest.FileId));
            }
        }

        return files;
    }

    /// <summary>With no declared size the size is 0 ("unknown"): the file is downloaded and its real size checked.</summary>
    public static InboundAttachment ToInbound(TelegramAttachment file, TelegramClient client, long maxBytes) =>
        new(file.Name, file.ContentType, file.Size ?? 0, async ct =>
        {
            var info = await client.GetFileAsync(file.FileId, ct);
            if (string.IsNullOrEmpty(info.FilePath))
            {
                // Telegram gives no path for a file over what bots may download (20 MB), whatever size was declared.
                throw new AttachmentTooLargeException(maxBytes);
            }

            return await client.DownloadFileAsync(info.FilePath, maxBytes, ct);
        });
}
