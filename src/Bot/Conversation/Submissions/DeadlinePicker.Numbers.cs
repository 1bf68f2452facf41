using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>What to say about a deadline number a secretary typed that is not one of the unit's open deadlines still owed.</summary>
internal sealed partial class DeadlinePicker
{
    /// <summary>
    /// "#9 không giao cho đơn vị", "#4 đã đóng", "#12 đơn vị đã nộp rồi", "không có việc #40": why nothing is recorded on
    /// that number, so a reply naming several ("không phát sinh 3, 9") says what became of each.
    /// </summary>
    public async Task<string> NotOwedAsync(Unit unit, long id, CancellationToken ct) =>
        await HeldAsync(unit, id, "văn phòng", ct) is not null ? $"#{id}: văn phòng đang chốt hạn, sẽ báo khi xong" : await deadlines.GetAsync(id, ct) switch
        {
            null => $"không có việc #{id}",
            var d when !d.Covers(unit) => $"#{id} không giao cho đơn vị",
            { State: DeadlineState.Cancelled } => $"#{id} đã hủy",
            { State: not DeadlineState.Open } => $"#{id} đã đóng",
            _ => await HandedInNoteAsync(unit, id, null, ct),
        };

    /// <summary>The deadline numbers a reply names when it names them outright: any "#N", or two or more bare numbers ("3 và 9"); else none.</summary>
    public static IReadOnlyList<long> TypedNumbers(string text)
    {
        var all = BareDeadlineNumber.All(text);
        return all.Count >= 2 || NamedId(text) is not null ? all : [];
    }
}
