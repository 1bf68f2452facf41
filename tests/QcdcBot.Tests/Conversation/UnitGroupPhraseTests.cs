using System.Text;
using QcdcBot.Bot.Letters;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Letters;

namespace QcdcBot.Tests.Conversation;

/// <summary>
/// One reader of unit groups and exclusions: the same phrase gives the same units in /giao, in a letter's sentence, in a
/// letter's table cell and in a letter's "sửa N cho …". The sample store holds 46 đảng bộ, 28 chi bộ and 3 đoàn thể:
/// "tất cả (các) đơn vị" is all 77, "các chi, đảng bộ cơ sở" the 74.
/// </summary>
public sealed class UnitGroupPhraseTests
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

    private const string ToGrassroots = "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH YÊN BÁI\nSố 301-CV/ĐUK\nYên Bái, ngày 30 tháng 11 năm 2026\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\n";

    public static TheoryData<string, int, string> Phrases => new()
    {
        { "tất cả các đơn vị", 77, "" },
        { "toàn bộ đơn vị", 77, "" },
        { "tat ca cac don vi", 77, "" },
        { "tat ca chi, dang bo co so", 74, "" },
        { "tất cả các chi bộ", 28, "" },
        { "các đảng bộ cơ sở", 46, "" },
        { "các đoàn thể khối", 3, "" },
        { "tất cả các đơn vị trừ các đoàn thể", 74, "" },
        { "tat ca don vi, ngoai tru cac doan the khoi", 74, "" },
        { "toàn bộ đơn vị không kể các chi bộ", 49, "" },
        { "tat ca cac dang bo co so, tru NHNN va SYT", 44, "NHNN,SYT" },
        { "các chi bộ trừ Chi bộ Báo Yên Bái", 27, "BAOYB" },
        { "tất cả chi bộ trực thuộc, không kể Chi bộ Báo Yên Bái", 27, "BAOYB" },
        { "các chi bộ, trừ: Chi bộ Báo Yên Bái; Chi bộ Cục Thống kê tỉnh Yên Bái", 26, "BAOYB,CTK" },
        { "các chi, đảng bộ cơ sở (trừ Sở Y tế, Báo Yên Bái)", 72, "SYT,BAOYB" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task Giao_reads_the_group_and_what_it_takes_out(string phrase, int count, string excluded)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var deadline = await bot.AssignAsync($"Báo cáo công tác dân vận trước 18/12/2026 cho {phrase}");

        await AssertCoversAsync(bot, count, excluded, deadline.Scope, deadline.ScopeKind, deadline.UnitIds);
        Assert.Equal("Báo cáo công tác dân vận", deadline.Title);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task A_letters_sentence_reads_the_group_as_giao_does(string phrase, int count, string excluded)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var sentence = char.ToUpperInvariant(phrase[0]) + phrase[1..] + " gửi báo cáo công tác dân vận trước ngày 18/12/2026.";

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + sentence))).Items);

        Assert.Empty(item.Unmatched);
        await AssertCoversAsync(bot, count, excluded, item.Scope, item.ScopeKind, item.UnitIds);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task A_letters_table_cell_reads_the_group_as_giao_does(string phrase, int count, string excluded)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var table = "TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBáo cáo công tác dân vận\t" + char.ToUpperInvariant(phrase[0]) + phrase[1..] + "\ttrước ngày 18/12/2026\n";

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + table))).Items);

        Assert.Empty(item.Unmatched);
        await AssertCoversAsync(bot, count, excluded, item.Scope, item.ScopeKind, item.UnitIds);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public async Task A_letters_edit_reads_the_group_as_giao_does(string phrase, int count, string excluded)
    {
        await using var bot = await ProposalHarness.ProposingAsync(Today, ToGrassroots + "Đề nghị Sở Y tế gửi báo cáo công tác dân vận trước ngày 18/12/2026.");

        await bot.SayAsync(BotHarness.Admin, "sửa 1 cho " + phrase);
        await bot.SayAsync(BotHarness.Admin, "tạo tất cả");

        var deadline = Assert.Single(await bot.Get<DeadlineStore>().ListAsync());
        await AssertCoversAsync(bot, count, excluded, deadline.Scope, deadline.ScopeKind, deadline.UnitIds);
    }

    [Theory]
    [InlineData("/giao Báo cáo chuyên đề trước 18/12/2026 cho tất cả các đơn vị trừ các đoàn thể", "77 − 3 = 74 đơn vị (tất cả đơn vị, trừ các đoàn thể)")]
    [InlineData("/giao Báo cáo chuyên đề trước 18/12/2026 cho chi, đảng bộ cơ sở trừ SYT, BAOYB", "74 − 2 = 72 đơn vị (chi, đảng bộ cơ sở, trừ Đảng bộ Sở Y tế, Chi bộ Báo Yên Bái)")]
    [InlineData("/congvan " + ToGrassroots + "Các đơn vị, ngoại trừ các đoàn thể khối, gửi báo cáo đánh giá chất lượng trước ngày 18/12/2026.", "74 đơn vị")]
    [InlineData("/congvan " + ToGrassroots + "Tất cả các đơn vị (trừ các đoàn thể và Chi bộ Báo Yên Bái) gửi báo cáo đánh giá trước ngày 18/12/2026.", "77 − 4 = 73 đơn vị (tất cả đơn vị, trừ các đoàn thể, Chi bộ Báo Yên Bái (BAOYB))")]
    public async Task The_scope_note_names_the_sum(string command, string shown)
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var reply = (await bot.SayAsync(BotHarness.Admin, command)).Text();

        Assert.Contains(shown, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tất cả chi bộ trực thuộc, trừ các chi bộ doanh nghiệp, gửi kế hoạch năm 2027 trước ngày 18/12/2026.")]
    [InlineData("Các chi bộ (ngoại trừ các chi bộ doanh nghiệp) gửi kế hoạch năm 2027 trước ngày 18/12/2026.")]
    public async Task A_letter_takes_a_tagged_group_out_of_a_group(string sentence)
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();
        var wanted = all.Where(u => u.Kind == UnitKind.ChiBo && !u.Tags.Contains("doanh-nghiep")).Select(u => u.Id).Order().ToList();

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + sentence))).Items);

        Assert.Empty(item.Unmatched);
        Assert.Equal(wanted, item.UnitIds.Order().ToList());
    }

    [Fact]
    public async Task A_group_set_apart_with_rieng_gets_its_own_date_and_leaves_the_first_group()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var all = await bot.Get<UnitStore>().AllAsync();
        const string Sentence = "Tất cả các đơn vị trực thuộc gửi danh sách trước ngày 21/12/2026; riêng các đoàn thể khối gửi trước ngày 15/12/2026.";

        var items = (await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + Sentence))).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal(all.Where(u => u.Kind != UnitKind.DoanThe).Select(u => u.Id).Order(), items[0].UnitIds.Order());
        Assert.Equal(all.Where(u => u.Kind == UnitKind.DoanThe).Select(u => u.Id).Order(), items[1].UnitIds.Order());
        Assert.Equal(items[0].Title, items[1].Title);
    }

    [Fact]
    public async Task A_letter_whose_deadline_names_no_units_keeps_the_grassroots_default()
    {
        await using var bot = await BotHarness.CreateAsync(Today);

        var item = Assert.Single((await ProposalHarness.ProposeAsync(bot, "cv.txt", Encoding.UTF8.GetBytes(ToGrassroots + "Các đơn vị gửi báo cáo chuyên đề trước ngày 18/12/2026."))).Items);

        Assert.Equal(DeadlineScope.Grassroots, item.Scope);
    }

    private static async Task AssertCoversAsync(BotHarness bot, int count, string excluded, DeadlineScope scope, UnitKind? kind, IReadOnlyList<long> ids)
    {
        var all = await bot.Get<UnitStore>().AllAsync();
        var covered = all.Where(u => Deadline.Covers(scope, kind, ids, u)).ToList();
        Assert.Equal(count, covered.Count);
        Assert.All(excluded.Split(',', StringSplitOptions.RemoveEmptyEntries), code => Assert.DoesNotContain(covered, u => u.Code == code));
    }
}
