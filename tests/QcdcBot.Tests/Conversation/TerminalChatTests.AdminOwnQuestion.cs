namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The admin's own confirmation ("Kết thúc việc #1 …?", "Hủy việc …?", a typed "/duyet 1") stays theirs when a unit's
/// request or claim arrives before they answer: a number both questions take writes nothing and names both, the
/// confirmation typed as its command answers it and the request is asked again right after, and a second request
/// arriving never makes the confirmation vanish.
/// </summary>
public sealed partial class TerminalChatTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("số 1")]
    public async Task A_number_for_the_admins_close_confirmation_is_not_taken_by_a_request_that_arrived_in_between(string typed)
    {
        await RunAsync("/la NHNN", "/la admin", "/donghan 1", "/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", typed, "/tinhhinh 1");

        var answer = TranscriptFrom($"« {typed}\n");
        Assert.True(answer.Contains("Số 1 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), answer);
        Assert.Contains("số 1 là \"Đồng ý\". Nếu ý là vậy, gõ: /duyet 1", answer, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi của bạn (Kết thúc việc #1", answer, StringComparison.Ordinal);
        Assert.Contains("Nếu ý là vậy, gõ: /donghan #1 xác nhận", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã đồng ý đề nghị", _transcript.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bot → local:thuky-nhnn: Ban Tuyên giáo đồng ý", _transcript.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("đã kết thúc", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_confirmation_typed_as_its_command_closes_the_deadline_and_the_request_in_between_is_asked_again()
    {
        await RunAsync("/giao Báo cáo nhanh trước 25/10/2024 cho NHNN", "/la NHNN", "/la SYT", "/la admin", "/donghan 2", "/la SYT", "cho em xin lùi hạn đến 7/11 vì chưa họp được",
            "/la admin", "1", "/donghan 2 xác nhận");

        var closed = TranscriptFrom("« /donghan 2 xác nhận");
        Assert.Contains("Đã kết thúc việc #2", closed, StringComparison.Ordinal);
        Assert.True(closed.Contains("Câu hỏi trước của bạn vẫn chờ trả lời: Đề nghị gia hạn số 1", StringComparison.Ordinal), closed);
        Assert.Contains("bot → local:thuky-nhnn:", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã đồng ý đề nghị", _transcript.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_for_the_admins_cancel_confirmation_is_not_taken_by_a_claim_that_arrived_in_between()
    {
        await RunAsync("/la CTK", "/la admin", "/huyhan 1", "/la CTK", "#1 k co nd phat sinh a", "/la admin", "2", "/tinhhinh 1");

        var answer = TranscriptFrom("« 2\n");
        Assert.True(answer.Contains("Số 2 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), answer);
        Assert.Contains("/khongchapnhan", answer, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi của bạn (Hủy việc #1", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã không chấp nhận", _transcript.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lý do", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admins_typed_duyet_confirmation_survives_two_requests_arriving_and_is_named_when_the_number_fits_both()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", "/duyet 1", "/la SYT", "/giahan 7/11 chưa họp", "/la CTK", "/giahan 6/11 chưa họp",
            "/la admin", "2", "/duyet 1 xác nhận");

        var answer = TranscriptFrom("« 2\n");
        Assert.True(answer.Contains("Số 2 trả lời được cả hai câu hỏi đang chờ, nên bot chưa ghi gì", StringComparison.Ordinal), answer);
        Assert.Contains("Đề nghị gia hạn số 3", answer, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi của bạn (Đồng ý đề nghị số 1", answer, StringComparison.Ordinal);
        Assert.Contains("Đã đồng ý đề nghị số 1", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Lý do từ chối?", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_that_arrived_while_the_refusal_reason_was_asked_is_shown_again_and_its_number_answers_it()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", "2", "/la SYT", "/giahan 7/11 chưa họp", "/la admin", "chưa có lý do chính đáng", "1");

        var reason = TranscriptFrom("« chưa có lý do chính đáng");
        Assert.True(reason.Contains("Đã từ chối đề nghị số 1", StringComparison.Ordinal), reason);
        Assert.Contains("Còn chờ bạn trả lời: Đề nghị gia hạn số 2", reason, StringComparison.Ordinal);
        Assert.Contains("Đã đồng ý đề nghị số 2", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Hiện không có câu hỏi nào", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bare_number_typed_for_the_refusal_reason_is_no_reason_and_names_the_request_that_arrived()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", "2", "/la CTK", "/giahan 6/11 chưa họp", "/la admin", "số 1", "bỏ qua", "1");

        var typed = TranscriptFrom("« số 1");
        Assert.True(typed.Contains("Bot đang chờ lý do từ chối đề nghị số 1, nên số 1 chưa chọn gì", StringComparison.Ordinal), typed);
        Assert.Contains("gõ: /duyet 2", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Lý do: số 1", _transcript.Text, StringComparison.Ordinal);
        Assert.Contains("Đã từ chối đề nghị số 1", typed, StringComparison.Ordinal);
        Assert.Contains("Đã đồng ý đề nghị số 2", typed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_shown_before_the_admins_own_duyet_is_asked_again_once_that_is_answered()
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la SYT", "/giahan 7/11 chưa họp", "/la admin", "/duyet 1", "1", Later("1"));

        var own = TranscriptFrom("« /duyet 1");
        Assert.True(own.Contains("Đã đồng ý đề nghị số 1", StringComparison.Ordinal), own);
        Assert.Contains("Câu hỏi trước của bạn vẫn chờ trả lời: Đề nghị gia hạn số 2", own, StringComparison.Ordinal);
        Assert.Contains("Đã đồng ý đề nghị số 2", own, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tuchoi 1 hết hạn rồi", "từ chối")]
    [InlineData("/duyet 1", "duyệt")]
    public async Task A_request_on_a_deadline_the_office_ended_is_not_decided_and_the_unit_is_told_nothing(string typed, string verb)
    {
        await RunAsync("/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", "/donghan 1", "1", typed);

        var ended = TranscriptFrom("« /donghan 1");
        Assert.DoesNotContain("Câu hỏi trước của bạn vẫn chờ trả lời: Đề nghị gia hạn số 1", ended, StringComparison.Ordinal);
        var answer = TranscriptFrom($"« {typed}");
        Assert.True(answer.Contains($"đã kết thúc, nên đề nghị gia hạn số 1 không còn gì để {verb}: bot không ghi gì và không báo gì cho đơn vị", StringComparison.Ordinal), answer);
        Assert.DoesNotContain("bot → local:thuky-nhnn", answer, StringComparison.Ordinal);
    }
}
