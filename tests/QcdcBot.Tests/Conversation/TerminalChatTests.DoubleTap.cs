namespace QcdcBot.Tests.Conversation;

/// <summary>
/// A number typed twice in a row never answers two questions: the older reminder or request asked again as "vẫn chờ"
/// right after a number answered the newer one does not take the same number at once; it says what the number would
/// do there and writes nothing. A reminder arriving over "thêm vào hay bản mới?" and a number both take is asked about.
/// A reminder's number with a polite tail or as an emoji ("2 ạ", "2️⃣") is its choice.
/// </summary>
public sealed partial class TerminalChatTests
{
    [Fact]
    public async Task A_double_tapped_reminder_answer_records_only_the_newer_reminder_and_asks_about_the_older_one()
    {
        await RunAsync(
            "/giao Báo cáo nhanh trước 25/10/2024 cho NHNN",
            "/la NHNN",
            "/la admin",
            "/nhacngay #1",
            ReminderReached(1),
            "/nhacngay #2",
            ReminderReached(2),
            "/la NHNN",
            "2",
            "2");

        var first = TranscriptFrom("« /la NHNN");
        Assert.True(first.Contains("vẫn chờ trả lời: Nhắc việc #1", StringComparison.Ordinal), first);
        Assert.Equal(1, CountOf(first, "Đã ghi nhận"));
        Assert.Contains("Số 2 vừa trả lời câu hỏi trước", first, StringComparison.Ordinal);
        Assert.Contains("số 2 là \"Đang làm\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_tapped_approval_approves_only_the_request_shown_last()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la SYT", "cho em xin lùi hạn đến 7/11 vì chưa họp được", "/la admin", "so 1", "1");

        var text = TranscriptFrom("« so 1");
        Assert.True(text.Contains("Đã đồng ý đề nghị số 2", StringComparison.Ordinal), text);
        Assert.Contains("vẫn chờ trả lời: Đề nghị gia hạn số 1", text, StringComparison.Ordinal);
        Assert.Contains("Số 1 vừa trả lời câu hỏi trước", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã đồng ý đề nghị số 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_over_the_page_or_version_question_is_asked_about_when_the_number_fits_both()
    {
        var report = await FileAsync("bao cao nhanh.docx", [1, 2, 3]);
        var photo = await FileAsync("p5.jpg", [5, 5]);

        await RunAsync(
            "/giao Báo cáo nhanh trước 25/10/2024 cho NHNN",
            "/la NHNN",
            $"/gui \"{report}\" #2",
            Step(() => At(2024, 10, 21, 9, 0, $"/gui \"{photo}\" #2 trang 2")),
            "/la admin",
            "/nhacngay #1",
            ReminderReached(1),
            "/la NHNN",
            "2");

        var typed = TranscriptFrom("« 2");
        Assert.True(typed.Contains("Số 2 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), typed);
        Assert.Contains("\"Không nộp\"", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã ghi nhận", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận số", typed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 ạ")]
    [InlineData("2 a")]
    [InlineData("2️⃣")]
    [InlineData("số 2 rồi ạ")]
    public async Task A_reminder_number_with_a_polite_tail_or_as_an_emoji_is_its_choice(string answer)
    {
        await RunAsync("/la NHNN", "/la admin", "/nhacngay #1", ReminderReached(1), "/la NHNN", answer);

        var typed = TranscriptFrom("« " + answer);
        Assert.True(typed.Contains("Đã ghi nhận", StringComparison.Ordinal), typed);
        Assert.Contains("đang làm", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot chưa hiểu", typed, StringComparison.Ordinal);
    }

    /// <summary><paramref name="line"/> typed half a minute after the line before: read and answered, not a double tap.</summary>
    private Func<Task<string?>> Later(string line) => Step(() =>
    {
        _time.Advance(TimeSpan.FromSeconds(30));
        return Task.FromResult<string?>(line);
    });

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Theory]
    [InlineData("#1 da gui qua ioffice so 20/BC-DU ngay 18/10 roi a", "iOffice")]
    [InlineData("em đã gửi bản giấy hôm 18/10 rồi ạ", "bản giấy")]
    [InlineData("da gui qua email ngay 19/10 roi", "email")]
    public async Task A_report_of_a_paper_sent_with_a_date_in_it_is_recorded_not_read_as_the_extension_date(string report, string way)
    {
        await RunAsync("/la NHNN", "/la admin", "/nhacngay #1", ReminderReached(1), "/la NHNN", "so 4", report);

        var typed = TranscriptFrom("« " + report);
        Assert.True(typed.Contains("Đã ghi nhận", StringComparison.Ordinal), typed);
        Assert.Contains(way, typed, StringComparison.Ordinal);
        Assert.Contains("chưa được trả lời", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Ngày xin gia hạn", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã gửi đề nghị", typed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#1 nop qua zalo cho chi Hoa roi a")]
    [InlineData("#1 em gửi rồi mà")]
    public async Task Already_sent_after_only_a_reported_iOffice_sending_never_says_the_bot_received_it(string said)
    {
        await RunAsync("/la NHNN", "#1 da gui qua ioffice so 20/BC-DU roi", said);

        var typed = TranscriptFrom("« " + said);
        Assert.True(typed.Contains("Bot chưa nhận tệp nào cho việc này", StringComparison.Ordinal), typed);
        Assert.DoesNotContain("bot đã nhận bài nộp", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Không cần nộp lại", typed, StringComparison.Ordinal);
    }
}
