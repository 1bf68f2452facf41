using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>Small wording points: sizes at the limit, a /chapnhan on another kind of status, a file with only an extension.</summary>
public sealed class WordingTests
{
    [Fact]
    public async Task A_file_one_byte_over_the_limit_is_said_with_the_decimals_that_show_it_over_without_counting_bytes()
    {
        await using var bot = await BotHarness.CreateAsync(configure: o => o.MaxFileBytes = 1_048_576);
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SendFileAsync(secretary, "bc.pdf", [1], declaredSize: 1_048_577);

        Assert.Contains("tệp quá lớn: 1,05 MB, tối đa 1 MB", reply.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(21_000_009, "tệp quá lớn: 21,0 MB, tối đa 20 MB")]
    [InlineData(20_971_521, "tệp quá lớn: 21,0 MB, tối đa 20 MB")]
    [InlineData(27_400_000, "tệp quá lớn: 27,4 MB, tối đa 20 MB")]
    public async Task An_oversize_file_shows_its_size_as_a_phone_does_with_one_decimal_and_the_limit(long size, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SendFileAsync(secretary, "bc.pdf", [1], declaredSize: size);

        Assert.Contains(expected, reply.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("một chút", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_a_status_that_is_not_a_nothing_to_report_claim_says_what_it_is()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");
        await bot.SayAsync(secretary, "chi bo dang hoan thien");
        var note = Assert.Single(await bot.Get<StatusNoteStore>().ForUnitAsync((await bot.UnitAsync("CTK")).Id));

        var reply = await bot.SayAsync(BotHarness.Admin, $"/chapnhan {note.Id}");

        Assert.Contains("\"đang làm\"", reply.Text(), StringComparison.Ordinal);
        Assert.Contains("Cục Thống kê", reply.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_only_by_its_extension_is_received_under_that_name()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SendFileAsync(secretary, ".docx", [5, 6, 7]);

        Assert.Contains("• .docx —", reply.Text(), StringComparison.Ordinal);
    }
}
