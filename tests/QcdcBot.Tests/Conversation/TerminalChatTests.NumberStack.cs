using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A typed number answers the question asked last: files waiting for "nộp cho việc nào?" stay the question a number
/// answers after a command in between, above a reminder put aside earlier; when a reminder arrives while the files
/// wait and both take the number, the bot asks which and writes nothing. A question settled by any path (a request
/// refused by command, a request replaced by a newer one) is never asked again as "câu hỏi trước … vẫn chờ".
/// </summary>
public sealed partial class TerminalChatTests
{
    [Fact]
    public async Task Files_asked_about_last_keep_the_number_after_a_command_over_a_reminder_put_aside_earlier()
    {
        var photo = await FileAsync("p3.jpg", [3, 3]);

        await RunAsync(
            "/giao Báo cáo nhanh trước 25/10/2024 cho NHNN",
            "/la NHNN",
            "/la admin",
            "/nhacngay #1",
            ReminderReached(1),
            "/nhacngay #2",
            ReminderReached(2),
            "/la NHNN",
            $"/gui \"{photo}\" anh chup trang 3",
            "/viec",
            "2");

        var afterList = TranscriptFrom("« /viec");
        Assert.True(afterList.Contains("ảnh \"p3.jpg\" gửi lúc trước vẫn đang chờ", StringComparison.Ordinal), afterList);
        Assert.Contains("✅ Đã nhận. Biên nhận số", afterList, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ghi nhận", afterList, StringComparison.Ordinal);
        Assert.DoesNotContain(": đang làm", afterList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_both_a_reminder_and_waiting_files_take_is_asked_about_and_nothing_is_written()
    {
        var photo = await FileAsync("p1.jpg", [1, 1]);

        await RunAsync(
            "/giao Báo cáo nhanh trước 25/10/2024 cho NHNN",
            "/la NHNN",
            $"/gui \"{photo}\" anh chup",
            "/la admin",
            "/nhacngay #1",
            ReminderReached(1),
            "/la NHNN",
            "2",
            "#2");

        var typed = TranscriptFrom("« 2\n");
        Assert.True(typed.Contains("Số 2 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), typed);
        Assert.Contains("số 2 là \"Đang làm\"", typed, StringComparison.Ordinal);
        Assert.Contains("ảnh \"p1.jpg\" chưa nộp: số 2 là việc #2 Báo cáo nhanh", typed, StringComparison.Ordinal);
        Assert.Contains("✅ Đã nhận. Biên nhận số", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ghi nhận", typed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_refused_by_command_is_not_asked_again_once_the_later_one_is_decided()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la SYT", "cho em xin lùi hạn đến 7/11 vì chưa họp được", "/la admin",
            "/tuchoi 1 vì cần nộp đúng hạn", "/duyet 2", "1", "/tinhhinh 1");

        AssertRequestTwoApprovedAndRequestOneNotAskedAgain();
    }

    [Fact]
    public async Task A_request_replaced_by_a_newer_one_is_not_asked_again()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/giahan 12/11 chi bộ chưa họp", "/la admin", "/duyet 2", "1", "/tinhhinh 1");

        AssertRequestTwoApprovedAndRequestOneNotAskedAgain();
    }

    private void AssertRequestTwoApprovedAndRequestOneNotAskedAgain()
    {
        var text = _transcript.Text;
        Assert.True(text.Contains("Đã đồng ý đề nghị số 2", StringComparison.Ordinal), text);
        Assert.DoesNotContain("vẫn chờ trả lời: Đề nghị gia hạn số 1", text, StringComparison.Ordinal);
    }
}
