namespace QcdcBot.Tests.Letters;

/// <summary>Issue 13 letters24 N1: a second date for a copy of the same paper (bản giấy, bản mềm, bản gốc) is a note, not an item.</summary>
public sealed class LetterCopyDateTests : ClerkRound
{
    [Theory]
    [InlineData("Đề nghị các đơn vị gửi báo cáo tổng kết chậm nhất ngày 17/12/2026, bản mềm gửi qua email trước 16h ngày 16/12/2026.", "Báo cáo tổng kết | 2026-12-17", "bản mềm")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026, bản giấy gửi trước ngày 18/12/2026.", "Báo cáo tổng kết | 2026-12-15", "bản giấy")]
    [InlineData("Báo cáo gửi về Ban Tuyên giáo trước ngày 15/12/2026 (bản mềm) và trước ngày 18/12/2026 (bản giấy có chữ ký, đóng dấu).", "Báo cáo | 2026-12-15", "bản giấy")]
    [InlineData("Các đơn vị gửi báo cáo (bản mềm) trước ngày 15/12/2026; bản gốc gửi qua đường bưu điện trước ngày 18/12/2026.", "Báo cáo | 2026-12-15", "bản gốc")]
    [InlineData("Các đơn vị gửi báo cáo tổng kết trước ngày 15/12/2026, bản điện tử gửi trước ngày 12/12/2026.", "Báo cáo tổng kết | 2026-12-15", "bản điện tử")]
    public async Task A_copy_of_the_same_paper_due_on_another_date_is_a_note_on_the_item_not_a_second_deadline(string body, string item, string copy)
    {
        var only = await OnlyItemOfAsync(body);

        Assert.StartsWith(item + " | ", only, StringComparison.Ordinal);
        Assert.Contains($"văn bản còn ghi hạn {copy}", only, StringComparison.Ordinal);
    }
}
