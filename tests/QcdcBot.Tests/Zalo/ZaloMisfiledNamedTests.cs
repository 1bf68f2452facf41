using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Zalo;

/// <summary>"Gửi nhầm" that names the deadline meant moves the guessed filing there; the paper it is "not" names nothing.</summary>
public sealed partial class ZaloConversationTests
{
    [Theory]
    [InlineData("anh oi em gui nham, anh do la ke hoach 2028 khong phai bc tu kiem tra")]
    [InlineData("gửi nhầm ạ, không phải báo cáo tự kiểm tra mà là kế hoạch 2028")]
    [InlineData("nham roi, ko phai bc tu kiem tra, la kh 2028 a")]
    public async Task Gui_nham_naming_the_deadline_meant_moves_the_filing_there_without_asking(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var meant = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2028", new DateOnly(2027, 12, 19));
        await ZaloSeed.DeadlineAsync(_host, "Bao cao nhanh ket qua hoi nghi", new DateOnly(2027, 12, 17));
        var reminded = await ZaloSeed.DeadlineAsync(_host, "Báo cáo tự kiểm tra QCDC năm 2027", new DateOnly(2027, 12, 20));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/nhacngay #{reminded.Id}"));
        await _api.WaitForMessageAsync(Secretary, "Nhắc việc");
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p1.png", [5, 1, 4]), "anh chup"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var moved = await _api.WaitForMessageAsync(Secretary, "Đã chuyển bài nộp");
        Assert.Contains($"từ việc #{reminded.Id} \"Báo cáo tự kiểm tra QCDC năm 2027\" sang việc #{meant.Id} \"Kế hoạch thực hiện QCDC năm 2028\"", moved.Text, StringComparison.Ordinal);
        Assert.Single(await _host.Get<SubmissionStore>().AllForDeadlineAsync(meant.Id));
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Chuyển sang việc nào?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gui nham")]
    [InlineData("em gửi nhầm rồi ạ")]
    public async Task Gui_nham_after_a_file_filed_by_its_own_caption_says_who_can_move_it(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var filed = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch thực hiện QCDC năm 2028", new DateOnly(2027, 12, 19));
        await ZaloSeed.DeadlineAsync(_host, "Báo cáo tự kiểm tra QCDC năm 2027", new DateOnly(2027, 12, 20));
        _api.Enqueue(ZaloEvents.Image(Secretary, _api.AddImage("p6.png", [6, 1, 4]), "kh 2028 trang 1"));
        await _api.WaitForMessageAsync(Secretary, "Biên nhận số");

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var reply = await _api.WaitForMessageAsync(Secretary, "không tự chuyển");
        Assert.Contains($"cho việc #{filed.Id} \"Kế hoạch thực hiện QCDC năm 2028\"", reply.Text, StringComparison.Ordinal);
        Assert.Contains("xin báo Ban Tuyên giáo", reply.Text, StringComparison.Ordinal);
        Assert.Single(await _host.Get<SubmissionStore>().AllForDeadlineAsync(filed.Id));
        Assert.DoesNotContain(_api.MessagesTo(Secretary), m => m.Contains("Bot chưa hiểu", StringComparison.Ordinal));
    }
}
