namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The admin's /ghinhan confirmation named in the "cả hai câu hỏi" guard reads as the admin typed it ("/ghinhan SYT
/// #1 bản giấy …"), not with semicolons they never typed, and typed as shown it records once.
/// </summary>
public sealed partial class TerminalChatTests
{
    [Fact]
    public async Task The_ghinhan_command_in_the_number_guard_reads_as_typed_and_works_as_shown()
    {
        await RunAsync("/la NHNN", "/la admin", "/ghinhan NHNN #1 ban giay, van thu nhan ngay 19/10", "/la NHNN", "/giahan 8/11 chờ thủ trưởng ký", "/la admin", "1",
            "/ghinhan NHNN #1 ban giay, van thu nhan ngay 19/10 xác nhận");

        var answer = TranscriptFrom("« 1\n");
        Assert.True(answer.Contains("gõ: /ghinhan NHNN #1 ban giay, van thu nhan ngay 19/10 xác nhận", StringComparison.Ordinal), answer);
        Assert.DoesNotContain("NHNN; #1", answer, StringComparison.Ordinal);
        var recorded = TranscriptFrom("« /ghinhan NHNN #1 ban giay, van thu nhan ngay 19/10 xác nhận");
        Assert.True(recorded.Contains("bot → local:thuky-nhnn: Ban Tuyên giáo đã ghi nhận bài nộp của đơn vị", StringComparison.Ordinal), recorded);
    }
}
