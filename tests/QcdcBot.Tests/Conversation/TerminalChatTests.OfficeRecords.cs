using System.Text.RegularExpressions;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// The office's paper records and commands as a file's caption: the same /ghinhan sent twice makes one receipt and
/// tells the unit once; a secretary's file captioned with a command only the office uses is asked about, not filed; a
/// "không có nội dung phát sinh" claimed again after the office refused it reaches the admin with that refusal named.
/// </summary>
public sealed partial class TerminalChatTests
{
    [Theory]
    [InlineData("/ghinhan NHNN #1 bản giấy, văn thư nhận ngày 19/10")]
    [InlineData("/ghinhan NHNN #1")]
    public async Task The_same_paper_record_sent_twice_makes_one_receipt_and_tells_the_unit_once(string line)
    {
        await RunAsync("/la NHNN", "/la admin", line, "1", line, "/la NHNN", "/viec");

        var again = TranscriptFrom($"« {line}");
        Assert.True(again.Contains("Đã ghi nhận rồi: Đảng bộ Ngân hàng Nhà nước (NHNN) nộp việc #1", StringComparison.Ordinal), again);
        Assert.Contains("nên bot không ghi thêm lần nữa", again, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(_transcript.Text, "bot → local:thuky-nhnn: Ban Tuyên giáo đã ghi nhận bài nộp của đơn vị"));
        Assert.DoesNotContain("lần nộp thứ 2", _transcript.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ghinhan SYT #1")]
    [InlineData("/duyet 1")]
    public async Task A_secretarys_file_captioned_with_an_office_command_is_asked_about_not_filed(string caption)
    {
        var file = await FileAsync("bc.docx", [7, 7, 7]);

        await RunAsync("/la SYT", "/la CTK", $"/gui \"{file}\" {caption}");

        var sent = TranscriptFrom("« /gui");
        var command = caption.Split(' ')[0];
        Assert.True(sent.Contains($"chú thích là lệnh {command}, chỉ Ban Tuyên giáo dùng, nên bot không nộp theo chú thích đó", StringComparison.Ordinal), sent);
        Assert.Contains("nộp cho việc nào?", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Biên nhận số", sent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#1 k co nd phat sinh a")]
    [InlineData("#1 không có nội dung phát sinh ạ")]
    public async Task A_claim_made_again_after_the_office_refused_it_names_the_refusal_to_the_admin(string again)
    {
        await RunAsync("/la SYT", "#1 không có nội dung phát sinh", "/la admin", "/khongchapnhan 1 vì năm nay có đối thoại", "1", "/la SYT", again);

        var second = TranscriptFrom($"« {again}");
        Assert.True(second.Contains("bot → local:admin: Báo \"không có nội dung phát sinh\" số 2", StringComparison.Ordinal), second);
        Assert.Contains("Lưu ý: Ban Tuyên giáo đã không chấp nhận báo \"không có nội dung phát sinh\" số 1 của đơn vị cho việc này", second, StringComparison.Ordinal);
    }
}
