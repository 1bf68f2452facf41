using QcdcBot.Bot.Text;
using QcdcBot.Bot.Web.Office.Pages;
using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Bot.Web.Office.Downloads;

/// <summary>Tải về: the /xuat workbook (all deadlines or one) and each deadline's /taifile archive.</summary>
internal static class DownloadsPage
{
    public static string Render(IReadOnlyList<Deadline> deadlines, OfficeViewer viewer, DateTimeOffset localNow) =>
        Layout.Page("Tải về", viewer, localNow, html =>
        {
            html.Raw("<p>").Link(OfficeRoutes.Workbook, "Bảng Excel tình hình nộp, tất cả các việc (.xlsx)")
                .Raw(" — cùng bảng với lệnh /xuat: trang \"Tổng hợp\" và mỗi việc một trang.</p>");
            if (deadlines.Count == 0)
            {
                html.Raw("<p>Chưa có việc nào.</p>");
                return;
            }

            html.Raw("<table><thead><tr><th>Việc</th><th>Hạn</th><th>Bảng Excel</th><th>Tệp đã nộp</th></tr></thead><tbody>");
            foreach (var d in deadlines)
            {
                html.Raw("<tr><td>").Link(OfficeRoutes.Deadline(d.Id), d.Title).Text(d.State switch
                    {
                        DeadlineState.Closed => " (đã đóng)",
                        DeadlineState.Cancelled => " (đã hủy)",
                        _ => string.Empty,
                    })
                    .Raw("</td><td>").Text(VietnameseWording.Date(d.DueDate)).Raw("</td><td>").Link(OfficeRoutes.DeadlineWorkbook(d.Id), ".xlsx")
                    .Raw("</td><td>").Link(OfficeRoutes.Archive(d.Id), ".zip (bản mới nhất của mỗi đơn vị)").Raw("</td></tr>");
            }

            html.Raw("</tbody></table>");
        });
}
