using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The third fresh-eyes round on /congvan: asking for a deadline's letter ("/congvan &lt;việc&gt;").</summary>
public sealed class LetterLookupRound3Tests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

    private static string Letter(string number, string sentence) => LetterReviewRound3Tests.Letter(number, sentence);

    [Fact]
    public async Task A_deadline_name_matching_several_with_a_letter_is_asked_about_numbered_for_the_office_and_secretaries()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("140", "1. Các chi, đảng bộ cơ sở gửi báo cáo tự kiểm tra quý IV năm 2026 trước ngày 17/12/2026.\n2. Các chi, đảng bộ cơ sở gửi báo cáo tự kiểm tra năm 2026 trước ngày 22/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var secretary = await bot.RegisterSecretaryAsync("SXD");

        var office = await bot.SayAsync(BotHarness.Admin, "/congvan bao cao tu kiem tra");
        var unit = await bot.SayAsync(secretary, "/congvan báo cáo tự kiểm tra");
        var chosen = await bot.PressAsync(secretary, unit.Last().Choices[1].Payload);
        var none = await bot.SayAsync(BotHarness.Admin, "/congvan kế hoạch gì đó");

        foreach (var asked in new[] { office, unit })
        {
            Assert.Contains("khớp với nhiều việc có công văn", asked.Text(), StringComparison.Ordinal);
            Assert.Equal(2, asked.Last().Choices.Count);
        }

        Assert.NotNull(chosen.Last().Document);
        Assert.Contains("Không tìm thấy việc có công văn nào tên \"kế hoạch gì đó\"", none.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Không thấy hạn nộp", none.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secretary_asking_for_another_units_deadline_is_told_it_is_not_theirs()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        await bot.SayAsync(BotHarness.Admin, "/congvan " + Letter("141", "Đề nghị Ngân hàng Nhà nước gửi báo cáo tín dụng trước ngày 17/12/2026."));
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");
        var id = Assert.Single(await bot.Get<DeadlineStore>().ListAsync(true)).Id;
        var secretary = await bot.RegisterSecretaryAsync("SXD");

        var reply = await bot.SayAsync(secretary, $"/congvan {id}");

        Assert.Contains($"Việc #{id} không giao cho đơn vị của bạn", reply.Text(), StringComparison.Ordinal);
    }
}
