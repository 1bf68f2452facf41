using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Zalo;

/// <summary>The arrange steps the extension tests share: a secretary's request reaching the admin, and its approval.</summary>
public sealed partial class ZaloConversationTests
{
    /// <summary>The admin has written once (so the bot can reach them), then the secretary asks to move <paramref name="deadline"/> to <paramref name="to"/>.</summary>
    private async Task<ZaloCall> AskExtensionAsync(Deadline deadline, string to)
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{deadline.Id} {to} chờ đại hội chi bộ"));
        return await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
    }

    /// <summary>As <see cref="AskExtensionAsync"/>, and the admin approves with "1".</summary>
    private async Task GrantExtensionAsync(Deadline deadline, string to)
    {
        await AskExtensionAsync(deadline, to);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã đồng ý đề nghị");
    }
}
