using System.Text.RegularExpressions;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.ExtensionRequests;

namespace QcdcBot.Tests.Zalo;

/// <summary>
/// A typed number answers the question whose options the person was shown last: an admin's own older question (a
/// day off on a /giao) is put aside by a request shown after it, and asked again once the request is decided; a number
/// both take writes nothing and names both; with no
/// question open, a number from an admin says which requests still wait and how to answer them.
/// </summary>
public sealed partial class ZaloConversationTests
{
    [Fact]
    public async Task A_number_both_a_request_and_the_admins_older_day_off_question_take_writes_nothing_and_each_is_answered_after()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var asked = await ZaloSeed.DeadlineAsync(_host, "Báo cáo kết quả học tập nghị quyết", new DateOnly(2027, 12, 10));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/giao Sơ kết phong trào thi đua dân vận khéo trước 12/12/2027"));
        var created = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "là ngày nghỉ");
        var newId = long.Parse(Regex.Match(created.Text!, "#(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        _api.Enqueue(ZaloEvents.Text(Secretary, $"xin gia hạn #{asked.Id} đến 17/12/2027 vì chờ ý kiến chi ủy"));
        var shown = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        var requestId = Regex.Match(shown.Text!, "số (\\d+)").Groups[1].Value;

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "số 1"));

        // The admin typed "1" a moment after their own question, and the request landed in between: both are named.
        var both = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì");
        Assert.Contains($"/duyet {requestId}", both.Text, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi của bạn", both.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2027, 12, 12), (await _host.Get<DeadlineStore>().GetAsync(newId))!.DueDate);
        Assert.Equal(ExtensionState.Pending, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(asked.Id)).State);

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, $"/duyet {requestId}"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Đồng ý đề nghị số {requestId}");
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1"));
        var decided = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đã đồng ý đề nghị số ");
        Assert.Contains("17/12/2027", decided.Text, StringComparison.Ordinal);
        var again = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Câu hỏi trước của bạn vẫn chờ trả lời");
        Assert.Contains($"việc #{newId}", again.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Approved, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(asked.Id)).State);

        // The older question, asked again, is what the next number answers: 1 moves the new deadline to the Friday. The
        // "1" right after the "1" that approved the request is first asked about once (a double tap).
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1."));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Số 1 vừa trả lời câu hỏi trước");
        Assert.Equal(new DateOnly(2027, 12, 12), (await _host.Get<DeadlineStore>().GetAsync(newId))!.DueDate);
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "1."));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, $"Đã sửa hạn việc #{newId}");
        Assert.Equal(new DateOnly(2027, 12, 10), (await _host.Get<DeadlineStore>().GetAsync(newId))!.DueDate);
    }

    [Fact]
    public async Task A_lone_number_from_an_admin_while_a_request_waits_names_the_request_and_how_to_answer_it()
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Kế hoạch tổ chức hội nghị báo cáo viên", new DateOnly(2027, 12, 10));
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/trogiup"));
        await _api.WaitForMessageAsync(ZaloTestHost.Admin, "quản trị");
        _api.Enqueue(ZaloEvents.Text(Secretary, $"/giahan #{deadline.Id} 20/12/2027 đang chờ thủ trưởng ký"));
        var shown = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "Đề nghị gia hạn số ");
        var requestId = Regex.Match(shown.Text!, "số (\\d+)").Groups[1].Value;
        // The admin moves on: the request's options are no longer the open question, but the request still waits.
        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "/hanchot"));
        await _api.WaitForAsync("sendMessage", c => c.ChatId == ZaloTestHost.Admin && c.Text!.Contains($"#{deadline.Id}", StringComparison.Ordinal) && !c.Text.StartsWith("Đề nghị gia hạn số", StringComparison.Ordinal));

        _api.Enqueue(ZaloEvents.Text(ZaloTestHost.Admin, "chọn 2"));

        var hint = await _api.WaitForMessageAsync(ZaloTestHost.Admin, "chưa chọn gì");
        Assert.Contains($"đề nghị gia hạn số {requestId}", hint.Text, StringComparison.Ordinal);
        Assert.Contains($"/duyet {requestId}", hint.Text, StringComparison.Ordinal);
        Assert.Contains($"/tuchoi {requestId}", hint.Text, StringComparison.Ordinal);
        Assert.Contains("NHNN", hint.Text, StringComparison.Ordinal);
        Assert.Equal(ExtensionState.Pending, Assert.Single(await _host.Get<ExtensionRequestStore>().ForDeadlineAsync(deadline.Id)).State);
    }

    [Theory]
    [InlineData("so 3")]
    [InlineData("3)")]
    public async Task A_lone_number_from_a_zalo_secretary_points_to_the_upload_link_never_to_sending_a_file(string typed)
    {
        await ZaloSeed.SecretaryAsync(_host, Secretary);
        var deadline = await ZaloSeed.DeadlineAsync(_host, "Báo cáo tổng kết công tác tuyên giáo", new DateOnly(2027, 12, 15));
        typed = typed.Replace("3", deadline.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        _api.Enqueue(ZaloEvents.Text(Secretary, typed));

        var hint = await _api.WaitForMessageAsync(Secretary, "chưa chọn gì");
        Assert.Contains("https://qcdc.example.vn/nop/", hint.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("gửi tệp", hint.Text, StringComparison.OrdinalIgnoreCase);
    }
}
