using QcdcBot.Storage.Deadlines;

namespace QcdcBot.Tests.Zalo;

/// <summary>/giao typed by the office: where to send the paper is no part of its title.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("/giao Báo cáo sơ kết 6 tháng gửi về Ban Tuyên giáo trước 15/12/2027", "Báo cáo sơ kết 6 tháng")]
    [InlineData("/giao Ke hoach tuyen truyen nop ve Van phong Dang uy han 20/12/2027", "Ke hoach tuyen truyen")]
    [InlineData("/giao Danh sách báo cáo viên, gửi Ban Tuyên giáo 18/12/2027", "Danh sách báo cáo viên")]
    [InlineData("/giao Báo cáo kết quả hội nghị cho cán bộ chủ chốt 17/12/2027", "Báo cáo kết quả hội nghị cho cán bộ chủ chốt")]
    public async Task Assign_drops_the_tail_saying_where_to_send_the_paper_and_keeps_the_rest(string command, string title)
    {
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, command));

        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã giao việc #");
        Assert.Equal(title, Assert.Single(await _host.Get<DeadlineStore>().ListAsync(includeClosed: false)).Title);
    }
}
