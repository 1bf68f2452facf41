using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Office.Chat;

/// <summary>/dangxuat: ends every office-page session of the person typing it (a lost laptop, a shared computer).</summary>
internal sealed class SignOutHandler(WebSessionStore sessions) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dangxuat"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/dangxuat — đăng xuất trang theo dõi trên mọi máy";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        var ended = await sessions.RevokeAllAsync(context.Caller.Key, ct);
        context.Reply(ended == 0
            ? "Bạn không đăng nhập trang theo dõi trên máy nào."
            : $"Đã đăng xuất trang theo dõi trên {ended} máy. Gõ /dangnhap để nhận đường dẫn mới khi cần.");
    }
}
