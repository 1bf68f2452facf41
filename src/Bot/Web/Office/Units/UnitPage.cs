using QcdcBot.Bot.Conversation.Submissions;
using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Office.Deadlines;
using QcdcBot.Bot.Web.Office.Overview;
using QcdcBot.Bot.Web.Office.Pages;
using QcdcBot.Storage.Members;
using QcdcBot.Storage.Reminders;
using QcdcBot.Storage.Units;

namespace QcdcBot.Bot.Web.Office.Units;

/// <summary>Đơn vị: members and their channels, then each deadline with every version, status notes and reminders.</summary>
internal static class UnitPage
{
    public static string Render(UnitPageModel model, OfficeViewer viewer)
    {
        var unit = model.Unit;
        return Layout.Page(unit.Name, viewer, model.LocalNow, html =>
        {
            html.Raw("<p>Mã ").Text(unit.Code).Raw(" · ").Text(unit.Kind.Display());
            if (unit.Tags.Count > 0)
            {
                html.Raw(" · ").Text(string.Join(", ", unit.Tags));
            }

            html.Raw("</p><h2>Người nhận tin</h2>");
            if (model.Members.Count == 0)
            {
                html.Raw("<p class=\"refused\">⚠️ Chưa ai của đơn vị đăng ký với bot: nhắc việc không đến được ai. Cấp mã bằng /madangky.</p>");
            }
            else
            {
                html.Raw("<ul class=\"members\">");
                foreach (var m in model.Members)
                {
                    html.Raw("<li>").Text(m.DisplayName).Raw(" — ").Text(ChannelName(m.Channel)).Raw(m.Reachable ? ", nhận được tin" : ", <b>⚠️ không nhận được tin</b>")
                        .Raw(m.Role == MemberRole.Secretary ? string.Empty : " (" + (m.Role == MemberRole.Admin ? "quản trị" : "lãnh đạo") + ")").Raw("</li>");
                }

                html.Raw("</ul>");
            }

            foreach (var d in model.Deadlines)
            {
                Deadline(html, d, model.LocalNow.Offset);
            }
        });
    }

    private static string ChannelName(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo" => "Zalo",
        "local" => "máy văn phòng",
        _ => channel,
    };

    private static void Deadline(HtmlWriter html, UnitDeadline d, TimeSpan offset)
    {
        html.Raw("<h2 data-viec=\"").Number(d.Deadline.Id).Raw("\">").Link(OfficeRoutes.Deadline(d.Deadline.Id), d.Deadline.Title)
            .Raw("</h2><p>Hạn ").Text(VietnameseWording.Date(d.DueDate)).Raw(" · <span class=\"").Raw(OverviewPage.CssClass(d.Cell.Kind)).Raw("\"><b>")
            .Raw(d.Cell.Symbol).Raw("</b> ").Text(d.Cell.Text).Raw("</span></p>");
        if (d.Versions.Count > 0)
        {
            html.Raw("<table class=\"versions\"><thead><tr><th>Lần</th><th>Nhận lúc</th><th>Đúng hạn?</th><th>Tệp</th><th>Cỡ</th><th>SHA-256</th></tr></thead><tbody>");
            foreach (var v in d.Versions)
            {
                var rows = Math.Max(1, v.Files.Count);
                for (var i = 0; i < rows; i++)
                {
                    html.Raw("<tr>");
                    if (i == 0)
                    {
                        html.Raw("<td rowspan=\"").Number(rows).Raw("\">").Number(v.Version).Raw(" (").Text(v.ReceiptNo).Raw(")</td><td rowspan=\"").Number(rows).Raw("\">")
                            .Text(VietnameseWording.Time(v.ReceivedAt.ToOffset(offset))).Raw("</td><td rowspan=\"").Number(rows).Raw("\">")
                            .Text(VietnameseWording.Lateness(v.DueDate, v.ReceivedLocalDate)).Raw("</td>");
                    }

                    if (v.Files.Count == 0)
                    {
                        html.Raw("<td colspan=\"3\">nộp ngoài bot").Text(Conversation.Submissions.OutsideNote.After(v.Note)).Raw("</td>");
                    }
                    else
                    {
                        var f = v.Files[i];
                        html.Raw("<td>").Link(OfficeRoutes.File(v.Id, f.Ordinal), f.OriginalName).Raw("</td><td>").Text(VietnameseWording.FileSize(f.Size))
                            .Raw("</td><td><code>").Text(f.Sha256[..12]).Raw("</code></td>");
                    }

                    html.Raw("</tr>");
                }
            }

            html.Raw("</tbody></table>");
        }

        if (d.Notes.Count > 0)
        {
            html.Raw("<p>Trả lời của đơn vị:</p><ul>");
            foreach (var n in d.Notes)
            {
                html.Raw("<li>").Text(VietnameseWording.Time(n.CreatedAt.ToOffset(offset))).Raw(": ").Text(StatusKeywords.Describe(n.State, n.Reference));
                if (n.IsAcceptedExcuse)
                {
                    html.Raw(" (đã chấp nhận)");
                }
                else if (n.AcceptedBy is not null)
                {
                    html.Raw(" (không chấp nhận)");
                }

                html.Raw("</li>");
            }

            html.Raw("</ul>");
        }

        var sent = d.Reminders.Where(e => e.Outcome == LedgerOutcome.Sent).ToList();
        html.Raw("<p>Đã nhắc: ");
        if (sent.Count == 0)
        {
            html.Raw("chưa lần nào.</p>");
            return;
        }

        html.Text(string.Join("; ", sent.Select(e => $"{VietnameseWording.Date(DateOnly.FromDateTime(e.SentAt.ToOffset(offset).DateTime))} ({SlotNames.Describe(e.Slot)})"))).Raw(".</p>");
    }
}
