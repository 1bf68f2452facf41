namespace QcdcBot.Tests.Conversation;

/// <summary>Whatever arrives, the reply is clear Vietnamese and the store is unchanged.</summary>
public sealed class BadInputTests
{
    private static async Task<(BotHarness Bot, string Secretary)> StartAsync(Action<QcdcBot.Bot.Conversation.BotOptions>? configure = null)
    {
        var bot = await BotHarness.CreateAsync(configure: configure);
        await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        await bot.SayAsync(secretary, "/viec");
        return (bot, secretary);
    }

    public static TheoryData<string, string> Texts => new()
    {
        { "", "Tin nhắn trống" },
        { "   \t  ", "Tin nhắn trống" },
        { "\u0001\u0002\u0007\u001b", "Tin nhắn trống" },
        { "\u200B\u200C\u200D\uFEFF\u2060", "Tin nhắn trống" },
        { new string('a', 10_000), "Tin nhắn quá dài" },
        { new string('á', 2_500), "Tin nhắn quá dài" },
        { "👍🙏🎉", "Dạ, cảm ơn bạn." },
        { "/khongcolenhnay", "Không có lệnh /khongcolenhnay" },
        { "/", "Bot chưa hiểu" },
        { "\uD800 lone surrogate", "Bot chưa hiểu" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Odd_text_gets_a_clear_reply_and_changes_nothing(string text, string expected)
    {
        var (bot, secretary) = await StartAsync();
        await using var _ = bot;
        var before = await bot.SnapshotAsync();

        var result = await bot.SayAsync(secretary, text);

        Assert.Contains(expected, Assert.Single(result.Replies).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("bot gặp lỗi", result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task Zero_width_characters_inside_a_command_are_ignored()
    {
        var (bot, secretary) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SayAsync(secretary, "/vi\u200Bec");

        Assert.StartsWith("Việc của Đảng bộ Ngân hàng Nhà nước", result.Text(), StringComparison.Ordinal);
    }

    public static TheoryData<string, int, long?, string> Files => new()
    {
        { "bao-cao.pdf", 0, null, "tệp rỗng (0 byte)" },
        { "bao-cao.pdf", 2048, null, "tệp quá lớn" },
        { "bao-cao.pdf", 10, 2048L, "tệp quá lớn" },
        { "bao-cao.pdf", 2048, 10L, "tệp quá lớn" },
        { "virus.exe", 10, null, "\"virus.exe\": loại tệp không được nhận" },
        { "bao-cao", 10, null, "loại tệp không được nhận" },
        { "../../etc/passwd", 10, null, "\"passwd\": loại tệp không được nhận" },
        { "..\\..\\windows\\system.ini", 10, null, "\"system.ini\": loại tệp không được nhận" },
        { "IMG_5678.HEIC", 10, null, "ảnh HEIC của iPhone). Xin chụp/gửi ảnh JPG: trên iPhone chọn Cài đặt → Camera → Định dạng → Tương thích nhất" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_refused_file_gets_a_clear_reply_and_changes_nothing(string name, int length, long? declared, string expected)
    {
        var (bot, secretary) = await StartAsync(o => o.MaxFileBytes = 1024);
        await using var _ = bot;
        var before = await bot.SnapshotAsync();

        var result = await bot.SendFileAsync(secretary, name, new byte[length], declaredSize: declared);

        Assert.StartsWith("Chưa nhận bài nộp này", result.Text(), StringComparison.Ordinal);
        Assert.Contains(expected, result.Text(), StringComparison.Ordinal);
        Assert.Contains($"tối đa {QcdcBot.Bot.Text.VietnameseWording.FileSize(1024)} mỗi tệp", result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_file_announced_too_big_is_not_even_downloaded()
    {
        var (bot, secretary) = await StartAsync(o => o.MaxFileBytes = 1024);
        await using var _ = bot;
        var file = new FakeFile("lon.pdf", new byte[10], declaredSize: 50_000_000);

        await bot.SendFilesAsync(secretary, [file]);

        Assert.Equal(0, file.Fetches);
    }

    [Fact]
    public async Task A_path_in_the_file_name_is_dropped_and_the_file_is_kept_under_its_last_segment()
    {
        var (bot, secretary) = await StartAsync();
        await using var _ = bot;

        var result = await bot.SendFileAsync(secretary, "../../etc/bao\u0000cao.pdf", "%PDF-"u8.ToArray());

        Assert.Contains("• baocao.pdf — 5 B", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_with_one_good_file_and_one_refused_file_stores_neither()
    {
        var (bot, secretary) = await StartAsync(o => o.MaxFileBytes = 1024);
        await using var _ = bot;
        var before = await bot.SnapshotAsync();

        // The second file's channel claimed 10 bytes but 5 000 came: found only after fetching.
        var result = await bot.SendFilesAsync(secretary, [new FakeFile("a.pdf", [1, 2, 3]), new FakeFile("b.pdf", new byte[5000], declaredSize: 10)]);

        Assert.StartsWith("Chưa nhận bài nộp này", result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }
}
