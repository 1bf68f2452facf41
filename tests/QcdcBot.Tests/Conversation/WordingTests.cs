using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>Small wording points: sizes at the limit, a /chapnhan on another kind of status, a file with only an extension.</summary>
public sealed class WordingTests
{
    [Fact]
    public async Task A_file_one_byte_over_the_limit_is_said_to_be_just_over_without_counting_bytes()
    {
        await using var bot = await BotHarness.CreateAsync(configure: o => o.MaxFileBytes = 1_048_576);
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SendFileAsync(secretary, "bc.pdf", [1], declaredSize: 1_048_577);

        Assert.Contains("tệp quá lớn: hơn 1 MB một chút, tối đa 1 MB", reply.Text(), StringComparison.Ordinal);
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
