using System.Text;
using QcdcBot.Bot.Text;
using QcdcBot.Storage.Audit;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;

namespace QcdcBot.Tests.Conversation;

/// <summary>/giao, with today Sunday 20/10/2024 unless a test says otherwise.</summary>
public sealed class DeadlineCreationTests
{
    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Seeds", name));

    [Theory]
    [InlineData("Báo cáo A trước 10/4", "Báo cáo A", "2025-04-10", true)]
    [InlineData("Báo cáo A trước ngày 25/10/2024", "Báo cáo A", "2024-10-25", false)]
    [InlineData("Báo cáo A hạn 01/7", "Báo cáo A", "2025-07-01", true)]
    [InlineData("Báo cáo A hạn chót 15/12", "Báo cáo A", "2024-12-15", true)]
    [InlineData("Báo cáo A chậm nhất ngày 15/12", "Báo cáo A", "2024-12-15", true)]
    [InlineData("Báo cáo A trước ngày 5 tháng 11 năm 2024", "Báo cáo A", "2024-11-05", false)]
    [InlineData("Báo cáo A 25-10", "Báo cáo A", "2024-10-25", true)]
    [InlineData("Báo cáo A 25.10.2024", "Báo cáo A", "2024-10-25", false)]
    [InlineData("Bao cao A truoc ngay 25/10/2024", "Bao cao A", "2024-10-25", false)]
    [InlineData("Bao cao A han chot 15/12", "Bao cao A", "2024-12-15", true)]
    [InlineData("Bao cao A cham nhat ngay 15/12", "Bao cao A", "2024-12-15", true)]
    [InlineData("BÁO CÁO A TRƯỚC NGÀY 25/10/2024", "BÁO CÁO A", "2024-10-25", false)]
    public async Task Each_phrase_form_stores_the_due_date_and_the_confirmation_names_the_year(string arguments, string title, string due, bool yearInferred)
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        var expected = DateOnly.Parse(due);
        Assert.Equal(expected, deadline.DueDate);
        Assert.Equal(title, deadline.Title);
        Assert.Equal(DeadlineScope.Grassroots, deadline.Scope);
        var reply = result.Text();
        Assert.Contains($"Đã giao việc #{deadline.Id}: {title}", reply, StringComparison.Ordinal);
        Assert.Contains(VietnameseWording.DateWithWeekday(expected), reply, StringComparison.Ordinal);
        Assert.Equal(yearInferred, reply.Contains($"hiểu là năm {expected.Year}", StringComparison.Ordinal));
        Assert.Contains("74 chi, đảng bộ cơ sở", reply, StringComparison.Ordinal);
        Assert.Equal(deadline.Id, result.Last().AboutDeadlineId);
        Assert.Equal("deadline.create", Assert.Single(await bot.Get<AuditStore>().RecentAsync(1)).Action);
    }

    [Theory]
    [InlineData("Báo cáo A trước 31/4")]
    [InlineData("Báo cáo A trước ngày 29/2/2025")]
    [InlineData("Báo cáo A hạn 32/10")]
    public async Task An_impossible_date_is_refused_and_nothing_is_created(string arguments)
    {
        await using var bot = await BotHarness.CreateAsync();
        var before = await bot.SnapshotAsync();

        var result = await bot.SayAsync(BotHarness.Admin, "/giao " + arguments);

        Assert.Contains("không có thật", result.Text(), StringComparison.Ordinal);
        Assert.Contains("Chưa tạo việc nào", result.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task A_29_February_in_a_leap_year_is_accepted()
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 29/2/2028");
        Assert.DoesNotContain("không có thật", result.Text(), StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Equal(new DateOnly(2028, 2, 29), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }

    [Fact]
    public async Task A_date_without_a_command_word_or_title_gets_the_usage()
    {
        await using var bot = await BotHarness.CreateAsync();

        var noDate = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A");
        var noTitle = await bot.SayAsync(BotHarness.Admin, "/giao trước 25/10/2024");

        Assert.Contains("Không thấy hạn nộp", noDate.Text(), StringComparison.Ordinal);
        Assert.Contains("Thiếu tên việc", noTitle.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task A_year_already_past_asks_first_and_creates_only_after_typing_1()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 10/4/2023");

        Assert.Contains("10/4/2023 đã qua", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(2, asked.Last().Choices.Count);
        Assert.Equal(0, await bot.CountAsync("deadlines"));

        var created = await bot.SayAsync(BotHarness.Admin, "1");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(new DateOnly(2023, 4, 10), deadline.DueDate);
        Assert.Contains("Đã giao việc", created.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_far_ahead_asks_first_and_creates_after_the_button()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 19/4/2027");
        Assert.Contains("năm 2027 cách xa năm nay (2024)", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));

        await bot.PressAsync(BotHarness.Admin, asked.Last().Choices[0].Payload);

        Assert.Equal(new DateOnly(2027, 4, 19), Assert.Single(await bot.Get<DeadlineStore>().ListAsync()).DueDate);
    }

    [Fact]
    public async Task Answering_no_to_a_suspicious_year_creates_nothing()
    {
        await using var bot = await BotHarness.CreateAsync();

        await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 19/4/2027");
        var answer = await bot.SayAsync(BotHarness.Admin, "2");
        var again = await bot.SayAsync(BotHarness.Admin, "1");

        Assert.Contains("Được, bot không làm gì cả: chưa tạo việc nào.", answer.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Đã giao", again.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task For_everyone_covers_all_77_units()
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 25/10/2024 cho tất cả");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(DeadlineScope.All, deadline.Scope);
        Assert.Contains("tất cả 77 đơn vị", result.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cho chi bộ")]
    [InlineData("cho các chi bộ")]
    [InlineData("cho cac chi bo")]
    public async Task For_the_chi_bo_covers_the_28_chi_bo(string scope)
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 25/10/2024 " + scope);

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        Assert.Equal(DeadlineScope.Kind, deadline.Scope);
        Assert.Equal(UnitKind.ChiBo, deadline.ScopeKind);
        Assert.Contains("các chi bộ (28 đơn vị)", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_001_one_off_request_for_three_units_by_code()
    {
        // The letter of 22/5/2024 asks three named units to report "trước ngày 01/9/2024".
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2024, 5, 22, 3, 0, 0, TimeSpan.Zero));
        var phrase = SeedPhrase("001_81899a22d58e5ae3.txt", new DateOnly(2024, 9, 1));

        var deadline = await bot.AssignAsync($"Báo cáo tự kiểm tra (đoàn kiểm tra) {phrase} cho BQLKCN, CTK, CDYB");

        Assert.Equal(new DateOnly(2024, 9, 1), deadline.DueDate);
        Assert.Equal(DeadlineScope.Units, deadline.Scope);
        var expected = await InspectedUnitIdsAsync(bot);
        Assert.Equal(expected, deadline.UnitIds.Order());
    }

    [Fact]
    public async Task Seed_001_three_units_by_the_names_the_letter_uses()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2024, 5, 22, 3, 0, 0, TimeSpan.Zero));

        var deadline = await bot.AssignAsync(
            "Báo cáo tự kiểm tra trước ngày 01/9/2024 cho Ban Quản lý các khu công nghiệp tỉnh Yên Bái; Cục Thống kê tỉnh Yên Bái; Trường Cao đẳng Yên Bái");

        var expected = await InspectedUnitIdsAsync(bot);
        Assert.Equal(expected, deadline.UnitIds.Order());
    }

    [Fact]
    public async Task Seed_001_report_deadline_typed_into_giao_is_read_as_written()
    {
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2024, 5, 22, 3, 0, 0, TimeSpan.Zero));
        var phrase = SeedPhrase("001_81899a22d58e5ae3.txt", new DateOnly(2024, 10, 25));

        var deadline = await bot.AssignAsync("Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024 " + phrase);

        Assert.Equal(new DateOnly(2024, 10, 25), deadline.DueDate);
        Assert.Equal("trước ngày 25/10/2024", deadline.SourcePhrase);
    }

    [Fact]
    public async Task Seed_002_deadline_dated_before_its_own_year_asks_before_creating()
    {
        // The 2024 plan (dated 25/3/2024) says "trước ngày 10/4/2023": a typo the bot must not silently accept.
        await using var bot = await BotHarness.CreateAsync(new DateTimeOffset(2024, 3, 25, 3, 0, 0, TimeSpan.Zero));
        var phrase = SeedPhrase("002_77675ec24c902d89.txt", new DateOnly(2023, 4, 10));

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao Kế hoạch thực hiện QCDC năm 2024 " + phrase);

        Assert.Contains("đã qua", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
    }

    [Fact]
    public async Task NFD_unit_name_from_seed_003_names_the_same_unit_as_NFC()
    {
        await using var bot = await BotHarness.CreateAsync();
        var nfd = NfdOccurrence(Seed("003_dff5dd5401502673.txt"), "Công ty cổ phần Tập đoàn Hòa Bình Minh");
        Assert.NotEqual(nfd.Normalize(NormalizationForm.FormC), nfd);

        var fromNfd = await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024 cho " + nfd);
        var fromNfc = await bot.AssignAsync("Báo cáo B trước ngày 25/10/2024 cho " + nfd.Normalize(NormalizationForm.FormC));

        var hbm = await bot.UnitAsync("HBM");
        Assert.Equal([hbm.Id], fromNfd.UnitIds);
        Assert.Equal(fromNfc.UnitIds, fromNfd.UnitIds);
    }

    [Fact]
    public async Task A_whole_giao_command_typed_in_NFD_parses_like_NFC()
    {
        await using var bot = await BotHarness.CreateAsync();
        const string command = "/giao Báo cáo tự kiểm tra trước ngày 25/10/2024 cho các chi bộ";

        var nfd = await bot.AssignAsync(command["/giao ".Length..].Normalize(NormalizationForm.FormD));
        // The same command again is recognised as a duplicate of the NFD one: asked about, then created on "1".
        var asked = await bot.SayAsync(BotHarness.Admin, command);
        Assert.Contains($"Đã có việc #{nfd.Id}", asked.Text(), StringComparison.Ordinal);
        await bot.SayAsync(BotHarness.Admin, "1");
        var nfc = (await bot.Get<DeadlineStore>().ListAsync())[^1];

        Assert.Equal(nfc.Title, nfd.Title);
        Assert.Equal((nfc.DueDate, nfc.Scope, nfc.ScopeKind), (nfd.DueDate, nfd.Scope, nfd.ScopeKind));
    }

    [Fact]
    public async Task An_ambiguous_unit_name_in_the_scope_offers_choices_and_the_choice_creates()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 25/10/2024 cho Ngân hàng");

        Assert.Contains("khớp với nhiều đơn vị", asked.Text(), StringComparison.Ordinal);
        var choices = asked.Last().Choices;
        Assert.True(choices.Count > 1);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
        var second = choices[1].Label;

        await bot.SayAsync(BotHarness.Admin, "2");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        var unit = Assert.Single(deadline.UnitIds);
        Assert.StartsWith((await bot.Get<UnitStore>().GetAsync(unit))!.Name, second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_in_the_scope_is_named_and_nothing_is_created()
    {
        await using var bot = await BotHarness.CreateAsync();

        var result = await bot.SayAsync(BotHarness.Admin, "/giao Báo cáo A trước ngày 25/10/2024 cho NHNN, XYZ");

        Assert.Contains("Không tìm thấy đơn vị \"XYZ\"", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("deadlines"));
    }

    private static readonly string[] InspectedUnits = ["BQLKCN", "CTK", "CDYB"];

    private static async Task<IEnumerable<long>> InspectedUnitIdsAsync(BotHarness bot)
    {
        var ids = new List<long>();
        foreach (var code in InspectedUnits)
        {
            ids.Add((await bot.UnitAsync(code)).Id);
        }

        return ids.Order();
    }

    /// <summary>The deadline phrase exactly as the letter writes it (NFD and all), found by the parser.</summary>
    private static string SeedPhrase(string seed, DateOnly date)
    {
        var text = Seed(seed);
        var found = DatePhraseParser.FindAll(text, date).Single(r => r.Date == date);
        return text.Substring(found.Phrase!.Start, found.Phrase.Length);
    }

    private static string NfdOccurrence(string text, string nfc)
    {
        Assert.Contains(nfc, VietnameseText.Normalize(text), StringComparison.Ordinal);
        // Walk the raw text: the same words, some letters decomposed.
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = nfc.Length; length <= nfc.Length + 20 && start + length <= text.Length; length++)
            {
                var candidate = text.Substring(start, length);
                if (candidate.Normalize(NormalizationForm.FormC) == nfc)
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("not found");
    }
}
