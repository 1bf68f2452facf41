using QcdcBot.Bot.Text;

namespace QcdcBot.Bot.Web.Office.Pages;

/// <summary>The frame of every office page: title, navigation, who is signed in, the sign-out button.</summary>
internal static class Layout
{
    public static string Page(string title, OfficeViewer? viewer, DateTimeOffset localNow, Action<HtmlWriter> body, int capacity = 16 * 1024)
    {
        var html = new HtmlWriter(capacity);
        html.Raw("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" — Theo dõi QCDC</title>")
            .Raw("<link rel=\"stylesheet\" href=\"").Raw(OfficeRoutes.Stylesheet).Raw("\"></head><body>");
        if (viewer is not null)
        {
            html.Raw("<header class=\"top\"><nav><a href=\"").Raw(OfficeRoutes.Overview).Raw("\">Tổng quan</a> <a href=\"")
                .Raw(OfficeRoutes.Downloads).Raw("\">Tải về</a></nav><div class=\"who\">")
                .Text(viewer.DisplayName).Raw(viewer.IsAdmin ? " (quản trị bot)" : " (lãnh đạo)");
            Form(html, OfficeRoutes.SignOut, viewer.Session.FormToken);
            html.Raw("<button type=\"submit\">Đăng xuất</button></form></div></header>");
        }

        html.Raw("<main><h1>").Text(title).Raw("</h1><p class=\"printed\">In lúc ").Text(VietnameseWording.Time(localNow)).Raw("</p>");
        body(html);
        html.Raw("</main></body></html>");
        return html.ToString();
    }

    /// <summary>Opens a POST form with its anti-forgery field; the caller writes the fields and closes it.</summary>
    public static void Form(HtmlWriter html, string action, string formToken, string? cssClass = null)
    {
        html.Raw("<form method=\"post\" action=\"").Text(action).Raw("\"");
        if (cssClass is not null)
        {
            html.Raw(" class=\"").Raw(cssClass).Raw("\"");
        }

        html.Raw("><input type=\"hidden\" name=\"").Raw(OfficeRoutes.FormTokenField).Raw("\" value=\"").Text(formToken).Raw("\">");
    }
}
