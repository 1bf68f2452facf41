namespace QcdcBot.Tests.Letters;

/// <summary>
/// A qualified group whose words name a group of their own ("Các chi, đảng bộ cơ sở chưa thực hiện …", "Các đoàn thể
/// khối chưa nộp …"): the qualifier wins, so the item's units are not matched yet, never the whole group.
/// </summary>
public sealed class QualifiedNamedGroupTests
{
    [Theory]
    [InlineData("Các chi, đảng bộ cơ sở chưa thực hiện gửi báo cáo khắc phục trước ngày 18/12/2026.", "Các chi, đảng bộ cơ sở chưa thực hiện")]
    [InlineData("Các chi bộ đã được kiểm tra năm 2025 nộp báo cáo kết quả khắc phục trước ngày 18/12/2026.", "Các chi bộ đã được kiểm tra năm 2025")]
    [InlineData("Cac doan the khoi chua nop gui danh sach doan vien truoc ngay 18/12/2026.", "Cac doan the khoi chua nop")]
    public async Task The_qualifier_wins_over_the_group_its_words_name(string body, string named) =>
        await QualifiedLetter.NotMatchedAsync(body, named);
}
