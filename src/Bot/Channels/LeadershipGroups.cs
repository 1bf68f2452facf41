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

        var named = string.IsNullOrWhiteSpace(title) ? "nhóm này" : $"nhóm \"{title}\"";
        if (await IsLeadershipAsync(channel, chatId, ct))
        {
            // Set twice, the second answer says nothing changed rather than announcing it again.
            return $"{char.ToUpperInvariant(named[0])}{named[1..]} đã là nhóm lãnh đạo: bản tổng hợp vẫn được gửi vào đây, không cần đặt lại.";
        }

        await store.AddAsync(channel, chatId, title ?? $"Nhóm {channel} {chatId}", caller, ct);
        return $"Đã đặt {named} là nhóm lãnh đạo: bản tổng hợp tình hình nộp báo cáo sẽ được gửi vào đây.";
    }

    /// <summary>Whether an admin has made <paramref name="chatId"/> a leadership chat (/tonghop is taken there).</summary>
    public async Task<bool> IsLeadershipAsync(string channel, string chatId, CancellationToken ct) =>
        (await store.AllAsync(channel, ct)).Contains(chatId, StringComparer.Ordinal);
}
