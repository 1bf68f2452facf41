using QcdcBot.Bot.Channels;
using QcdcBot.Bot.Web.Upload;
using QcdcBot.Storage.Members;

namespace QcdcBot.Bot.Conversation;

/// <summary>
/// How a member hands in a deadline's file on their own channel, for a notice that asks for it: send it here, or
/// where the channel passes no documents (Zalo), the member's personal upload link, or /nopfile when the page is off.
/// </summary>
/// <param name="uploads">Personal upload links, where the upload page is on.</param>
internal sealed class HandInWay(DocumentIntake documents, UploadLinks? uploads = null)
{
    public async Task<string> ForAsync(Member member, long deadlineId, CancellationToken ct)
    {
        if (documents.Takes(member.Channel))
        {
            return $"gửi tệp vào đây, ghi #{deadlineId} trong chú thích.";
        }

        return uploads is not null && await uploads.ForAsync(member, deadlineId, ct) is { } link
            ? $"mở đường dẫn nộp tệp: {link} (ảnh chụp thì gửi vào đây, ghi #{deadlineId})."
            : Hints.HandIn(takesDocuments: false) + ".";
    }
}
