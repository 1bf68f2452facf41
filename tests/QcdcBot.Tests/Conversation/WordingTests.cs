using QcdcBot.Storage.Statuses;

namespace QcdcBot.Tests.Conversation;

/// <summary>Small wording points: sizes at the limit, a /chapnhan on another kind of status, a file with only an extension.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData(20_971_521, "tệp quá lớn: hơn 20,0 MB một chút, tối đa 20,0 MB")]
    [InlineData(22_020_105, "tệp quá lớn: 21,0 MB, tối đa 20,0 MB")]
    [InlineData(27_400_000, "tệp quá lớn: 26,1 MB, tối đa 20,0 MB")]
    public async Task An_oversize_file_is_said_in_the_same_binary_megabytes_as_the_limit_and_every_receipt(long size, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var reply = await bot.SendFileAsync(secretary, "bc.pdf", [1], declaredSize: size);

        Assert.Contains(expected, reply.Text(), StringComparison.Ordinal);
        Assert.Contains("tối đa 20,0 MB mỗi tệp", reply.Text(), StringComparison.Ordinal);
        Assert.Equal("19,6 MB", QcdcBot.Bot.Text.VietnameseWording.FileSize(20_499_996));
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_taken_in_chat_and_one_byte_more_is_refused()
    {
        const int limit = 1_048_576;
        await using var bot = await BotHarness.CreateAsync(configure: o => o.MaxFileBytes = limit);
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("CTK");

        var over = await bot.SendFileAsync(secretary, "bc.pdf", PdfOf(limit + 1), raw: true);
        var exact = await bot.SendFileAsync(secretary, "bc.pdf", PdfOf(limit), raw: true);

        Assert.Contains("tệp quá lớn: hơn 1,0 MB một chút, tối đa 1,0 MB", over.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("quá lớn", exact.Text(), StringComparison.Ordinal);
        Assert.Contains("1,0 MB", exact.Text(), StringComparison.Ordinal);
    }

    /// <summary>A PDF of exactly <paramref name="size"/> bytes: its header, then padding.</summary>
    internal static byte[] PdfOf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
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
