using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Leadership;

namespace QcdcBot.Bot.Channels;

/// <summary>/nhomlanhdao typed in a group, on any channel: an admin makes it a leadership chat; anyone else is refused.</summary>
internal sealed class LeadershipGroups(LeadershipChatStore store, IOptionsMonitor<BotOptions> options)
{
    /// <summary>Records the group when <paramref name="userId"/> is an admin; returns the answer for the group either way.</summary>
    public async Task<string> SetAsync(string channel, string chatId, string? title, string userId, CancellationToken ct)
    {
        var caller = $"{channel}:{userId}";
        var settings = options.CurrentValue;
        if (!settings.IsAdmin(caller))
        {
            return $"Chỉ {settings.OfficeName} (quản trị bot) mới đặt được nhóm lãnh đạo.";
        }

        await store.AddAsync(channel, chatId, title ?? $"Nhóm {channel} {chatId}", caller, ct);
        var named = string.IsNullOrWhiteSpace(title) ? "nhóm này" : $"nhóm \"{title}\"";
        return $"Đã đặt {named} là nhóm lãnh đạo: bản tổng hợp tình hình nộp báo cáo sẽ được gửi vào đây.";
    }
}
