namespace QcdcBot.Tests.Letters;

/// <summary>
/// clerk13 #27b: a paper the letter asks for "(nếu có)" is proposed with a note that only the units that have one send it,
/// and a dateless numbered point before it ("2. Danh sách … gửi kèm báo cáo.") is no heading glued to its title.
/// </summary>
public sealed class LetterOptionalPaperRound33Tests : ClerkRound
{
    [Theory]
    [InlineData("1. Báo cáo tổng kết gửi trước ngày 15/12/2026.\n2. Bài tham luận (nếu có) gửi trước ngày 18/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Đơn vị có mô hình tiêu biểu gửi tham luận (nếu có) trước ngày 18/12/2026.")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026. Danh sách đề nghị khen thưởng, nếu có, gửi trước ngày 18/12/2026.")]
    public async Task A_paper_asked_if_any_is_proposed_with_a_note_that_not_every_unit_owes_it(string body)
    {
        var reply = await ReplyToAsync(ToGrassroots + body);

        Assert.Contains("Tìm thấy 2 hạn nộp", reply, StringComparison.Ordinal);
        var second = reply[reply.IndexOf("\n2. ", StringComparison.Ordinal)..];
        Assert.Contains("văn bản ghi \"(nếu có)\": chỉ đơn vị có mới gửi", second, StringComparison.Ordinal);
        Assert.Equal(2, reply.Split("văn bản ghi \"(nếu có)\"").Length);
    }

    [Fact]
    public async Task A_dateless_numbered_point_is_no_heading_for_the_point_after_it()
    {
        var reply = await ReplyToAsync(ToGrassroots
            + "1. Báo cáo tổng kết gửi trước ngày 15/12/2026.\n2. Danh sách đề nghị khen thưởng gửi kèm báo cáo.\n3. Bài tham luận (nếu có) gửi trước ngày 18/12/2026.");

        Assert.Contains("Tìm thấy 2 hạn nộp", reply, StringComparison.Ordinal);
        // Item 2's title; the point is a note on item 1, the paper it goes with (letters37).
        Assert.DoesNotContain("danh sách đề nghị khen thưởng gửi kèm", reply[reply.IndexOf("\n2. ", StringComparison.Ordinal)..reply.IndexOf("Câu gốc: \"Bài tham luận", StringComparison.Ordinal)], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("văn bản ghi \"(nếu có)\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_difficulty_if_any_is_no_optional_paper()
    {
        var reply = await ReplyToAsync(ToGrassroots + "Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026, nếu có vướng mắc thì liên hệ Ban Tuyên giáo.");

        Assert.Contains("Tìm thấy 1 hạn nộp", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("nếu có)\"", reply, StringComparison.Ordinal);
    }
}
