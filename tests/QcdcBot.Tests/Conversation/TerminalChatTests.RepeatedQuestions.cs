namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A question put aside and shown again (after a later request or reminder was answered, after a command in between)
/// says what it decides and about which request or deadline: never "vẫn chờ trả lời:" followed by bare options.
/// </summary>
public sealed partial class TerminalChatTests
{
    [Fact]
    public async Task A_request_put_aside_by_a_later_one_is_asked_again_naming_the_request_and_its_unit()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la SYT", "cho em xin lùi hạn đến 7/11 vì chưa họp được", "/la admin", "1");

        var text = _transcript.Text;
        Assert.True(text.Contains("bot: Đã đồng ý đề nghị số 2", StringComparison.Ordinal), text);
        Assert.Contains("Câu hỏi trước của bạn vẫn chờ trả lời: Đề nghị gia hạn số 1: Đảng bộ Ngân hàng Nhà nước xin gia hạn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("vẫn chờ trả lời: \n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_put_aside_comes_back_with_its_words_after_a_command_typed_in_between()
    {
        await RunAsync("/la CTK", "xin gia hạn đến 10/11 ạ, chi bộ chưa họp", "/la TTRA", "/giahan 12/11 đồng chí bí thư đi vắng", "/la admin", "/tinhhinh 1");

        var again = TranscriptFrom("vẫn chờ trả lời");
        Assert.StartsWith("vẫn chờ trả lời: Đề nghị gia hạn số 1: Chi bộ Cục Thống kê", again, StringComparison.Ordinal);
        Assert.Contains("1) Đồng ý", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_answered_after_a_later_one_is_shown_again_naming_its_deadline()
    {
        await RunAsync(
            "/la NHNN",
            "/la admin",
            "/giao Báo cáo nhanh trước 25/10/2024 cho NHNN",
            "/nhacngay #1",
            ReminderReached(1),
            "/nhacngay #2",
            ReminderReached(2),
            "/la NHNN",
            "2");

        var text = _transcript.Text;
        Assert.True(text.Contains("\"Báo cáo nhanh\": đang làm", StringComparison.Ordinal), text);
        Assert.Contains("Câu hỏi trước của bạn vẫn chờ trả lời: Nhắc việc #1: Kế hoạch thực hiện Quy chế dân chủ", text, StringComparison.Ordinal);
    }
}
