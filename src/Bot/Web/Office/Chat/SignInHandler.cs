using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Bot.Conversation.Routing;
using QcdcBot.Storage.Web;

namespace QcdcBot.Bot.Web.Office.Chat;

/// <summary>/dangnhap: a one-time link that signs this admin or leader in to the office page.</summary>
internal sealed class SignInHandler(WebSessionStore sessions, IOptionsMonitor<OfficeWebOptions> office, IOptionsMonitor<WebOptions> web) : ICommandHandler
{
    public IReadOnlyList<string> Names { get; } = ["dangnhap"];

    public Access Access => Access.AdminOrLeader;

    public string Help => "/dangnhap — đường dẫn đăng nhập trang theo dõi trên máy tính (dùng một lần)";

    public async Task HandleAsync(TurnContext context, string arguments, CancellationToken ct)
    {
        if (context.Activity.IsGroup)
        {
            // Anyone in the group could open it first.
            context.Reply("Đường dẫn đăng nhập chỉ gửi trong tin nhắn riêng với bot. Xin nhắn /dangnhap cho bot.");
            return;
        }

        var publicUrl = web.CurrentValue.PublicUrl.TrimEnd('/');
        if (publicUrl.Length == 0)
        {
            context.Reply("Trang theo dõi trên web chưa được bật (chưa đặt Web:PublicUrl). Xin báo người quản trị máy chủ.");
            return;
        }

        var lifetime = office.CurrentValue.SignInLinkLifetime;
        var token = await sessions.CreateLinkAsync(context.Caller.Key, lifetime, ct);
        context.Reply(
            $"Đường dẫn đăng nhập trang theo dõi (dùng một lần, hết hạn sau {Duration(lifetime)}):\n{publicUrl}{OfficeRoutes.SignIn}/{token}\n" +
            "Đừng chuyển đường dẫn này cho người khác. Gõ /dangxuat để đăng xuất trên mọi máy.");
    }

    internal static string Duration(TimeSpan span) => span.TotalMinutes < 120
        ? $"{Math.Round(span.TotalMinutes):0} phút"
        : $"{Math.Round(span.TotalHours):0} giờ";
}
