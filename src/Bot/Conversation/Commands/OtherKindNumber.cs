using QcdcBot.Storage.ExtensionRequests;
using QcdcBot.Storage.Statuses;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Commands;

/// <summary>
/// Claims ("không có nội dung phát sinh") and extension requests are numbered apart, so "số 4" may be either or both:
/// a decision on one kind says when its number belongs to the other kind, and which command answers that one.
/// </summary>
internal sealed class OtherKindNumber(ExtensionRequestStore requests, StatusNoteStore notes, UnitStore units)
{
    /// <summary>For /chapnhan or /khongchapnhan: the extension request with this number, if one waits or was decided.</summary>
    /// <param name="also">True when the number is a claim too: the sentence says "cũng là", as a note under the question on that claim.</param>
    public async Task<string?> RequestAsync(long id, CancellationToken ct, bool also = false)
    {
        if (await requests.GetAsync(id, ct) is not { } request)
        {
            return null;
        }

        var unit = await units.GetAsync(request.UnitId, ct);
        // A request decided long ago is said to be decided, never offered to /duyet or /tuchoi again; "đề nghị đó" said once.
        var answer = Decided(request) is { } done
            ? $"đề nghị đó {done}: không còn gì để quyết định"
            : $"trả lời đề nghị đó bằng /duyet {id} hoặc /tuchoi {id}";
        return also
            ? $"Lưu ý: số {id} cũng là số một đề nghị gia hạn của {unit?.Name ?? "?"} (việc #{request.DeadlineId}); {answer}."
            : $"Số {id} là đề nghị gia hạn của {unit?.Name ?? "?"} (việc #{request.DeadlineId}), không phải báo \"không có nội dung phát sinh\"; {answer}.";
    }

    /// <summary>For /duyet or /tuchoi: the "không có nội dung phát sinh" claim with this number, if there is one.</summary>
    /// <param name="also">True when the number is a request too: the sentence says "cũng là", as a note under the question on that request.</param>
    public async Task<string?> ClaimAsync(long id, CancellationToken ct, bool also = false)
    {
        if (await notes.GetAsync(id, ct) is not { State: StatusState.NothingToReport } claim)
        {
            return null;
        }

        var unit = await units.GetAsync(claim.UnitId, ct);
        var settled = claim.AcceptedAt is not null ? "đã được chấp nhận trước đó" : claim.IsRefused ? "đã không được chấp nhận trước đó" : null;
        var answer = settled is null ? $"trả lời báo đó bằng /chapnhan {id} hoặc /khongchapnhan {id}" : $"báo đó {settled}: không còn gì để quyết định";
        return also
            ? $"Lưu ý: số {id} cũng là số một báo \"không có nội dung phát sinh\" của {unit?.Name ?? "?"} (việc #{claim.DeadlineId}); {answer}."
            : $"Số {id} là báo \"không có nội dung phát sinh\" của {unit?.Name ?? "?"} (việc #{claim.DeadlineId}), không phải đề nghị gia hạn; {answer}.";
    }

    /// <summary>How a request that no longer waits was settled; null while it waits.</summary>
    private static string? Decided(ExtensionRequest request) => request switch
    {
        { State: ExtensionState.Pending } => null,
        { SupersededBy: { } newer } => $"đã được thay bằng đề nghị số {newer}",
        { Unneeded: true } => "đã đóng vì không còn cần",
        { Withdrawn: true } => "đã được đơn vị rút lại",
        { State: ExtensionState.Approved } => "đã được đồng ý trước đó",
        _ => "đã bị từ chối trước đó",
    };
}
