using System.Security.Cryptography;
using QcdcBot.Bot.Text;
using QcdcBot.Tests.Conversation;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Text;

/// <summary>The exact Vietnamese where Humanizer speaks, and the receipt word for word, so any change of wording is deliberate.</summary>
public sealed class HumanizedWordingTests
{
    [Theory]
    [InlineData(20, "vừa xong")]
    [InlineData(5 * 60, "5 phút trước")]
    [InlineData(3 * 3600, "3 giờ trước")]
    [InlineData(3 * 86400, "3 ngày trước")]
    [InlineData(14 * 86400, "2 tuần trước")]
    [InlineData(60 * 86400, "8 tuần trước")]
    public void How_long_ago_is_said_with_humanizers_vietnamese_units(int seconds, string expected) =>
        Assert.Equal(expected, VietnameseWording.Ago(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public async Task A_receipt_reads_word_for_word()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var bytes = TestFiles.WellFormed("x.docx", Enumerable.Range(0, 2700).Select(i => (byte)(i * 7)).ToArray());
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var receipt = (await bot.SendFileAsync(secretary, "Bao cao tu kiem tra.docx", bytes)).Text();

        Assert.Equal(
            "✅ Đã nhận. Biên nhận số BN2024-00001\n" +
            "Đơn vị: Đảng bộ Ngân hàng Nhà nước\n" +
            "Việc: Báo cáo tự kiểm tra QCDC (hạn Thứ Sáu, 25/10/2024)\n" +
            "Tệp:\n" +
            $"• Bao cao tu kiem tra.docx — 2,9 KB — SHA-256 {sha[..12]}\n" +
            "Bot nhận lúc: 10:00 20/10/2024 (giờ Việt Nam)\n" +
            "Tình trạng: đúng hạn",
            receipt);
    }

    [Fact]
    public async Task A_units_record_says_how_long_ago_it_gave_its_status()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/11/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, "đang làm");

        bot.Time.Advance(TimeSpan.FromDays(14));
        var record = (await bot.SayAsync(BotHarness.Admin, "/donvi NHNN")).Text();

        Assert.Contains("Trạng thái: đang làm (10:00 20/10/2024, 2 tuần trước)", record, StringComparison.Ordinal);
    }
}
