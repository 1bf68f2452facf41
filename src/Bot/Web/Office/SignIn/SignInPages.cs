using QcdcBot.Bot.Web.Office.Pages;

namespace QcdcBot.Bot.Web.Office.SignIn;

/// <summary>The pages around signing in: confirm a link, how to get one, and "not for you".</summary>
internal static class SignInPages
{
    public const string HowToGetALink =
        "Mở tin nhắn riêng với bot (Telegram hoặc Zalo) và gõ /dangnhap: bot gửi một đường dẫn đăng nhập dùng một lần. " +
        "Trang này chỉ dành cho lãnh đạo và cán bộ quản trị bot.";

    /// <summary>
    /// Opening the link only shows this button: chat apps fetch links to draw previews, and that fetch must not use the
    /// single-use link up. The button posts the link back with a value also set as a cookie (login forgery).
    /// </summary>
    public static string Confirm(string linkToken, string formToken, DateTimeOffset localNow) =>
        Layout.Page("Đăng nhập trang theo dõi", null, localNow, html =>
        {
            html.Raw("<p>Bấm nút dưới đây để đăng nhập trên máy này.</p><form method=\"post\" action=\"").Raw(OfficeRoutes.SignIn).Raw("\">")
                .Raw("<input type=\"hidden\" name=\"ma\" value=\"").Text(linkToken).Raw("\">")
                .Raw("<input type=\"hidden\" name=\"").Raw(OfficeRoutes.FormTokenField).Raw("\" value=\"").Text(formToken).Raw("\">")
                .Raw("<button type=\"submit\" id=\"dangnhap\">Đăng nhập</button></form>");
        });

    public static string HowTo(string? why, DateTimeOffset localNow) =>
        Layout.Page("Cần đăng nhập", null, localNow, html =>
        {
            if (why is not null)
            {
                html.Element("p", why, "refused");
            }

            html.Element("p", HowToGetALink);
            html.Element("p", "Đường dẫn hết hạn sau ít phút và chỉ dùng được một lần; phiên đăng nhập kéo dài vài giờ. Gõ /dangxuat trong chat để đăng xuất mọi máy.");
        });

    public static string Refused(DateTimeOffset localNow) =>
        Layout.Page("Không có quyền xem", null, localNow, html =>
            html.Element("p", "Tài khoản này không còn là lãnh đạo hay cán bộ quản trị bot trong cấu hình của bot, nên không xem được trang theo dõi.", "refused"));
}
