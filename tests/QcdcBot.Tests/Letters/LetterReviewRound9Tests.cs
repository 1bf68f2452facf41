using QcdcBot.Storage.Units;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The ninth fresh-eyes round on /congvan: a clerk's letters, read on Tuesday 1/12/2026.</summary>
public sealed class LetterReviewRound9Tests : ClerkRound
{
    private const string Enterprises = "units:SUHLS,XDGT,HBM,DIENLUC,VNPT,VIETTEL,BUUDIEN,CTN,MTDT,LNYB,XSKT,DUOC,BAOVIET,PETRO";

    [Theory]
    [InlineData("Các đơn vị doanh nghiệp gửi báo cáo A trước ngày 15/12/2026.")]
    [InlineData("Đề nghị các doanh nghiệp nộp báo cáo A chậm nhất ngày 15/12/2026.")]
    [InlineData("Các chi, đảng bộ doanh nghiệp gửi báo cáo A trước ngày 15/12/2026.")]
    [InlineData("TT\tNội dung\tĐơn vị thực hiện\tThời hạn\n1\tBáo cáo A\tCác đảng bộ doanh nghiệp\t15/12/2026\n")]
    public async Task Enterprises_named_in_a_sentence_or_a_cell_are_the_units_tagged_so(string body) =>
        Assert.Equal($"Báo cáo A | 2026-12-15 | {Enterprises} | ", await OnlyItemOfAsync(body));

    [Fact]
    public async Task A_letter_addressed_to_the_enterprises_gives_them_its_sentences()
    {
        var letter = ToGrassroots.Replace("Các chi, đảng bộ cơ sở.", "Các đơn vị doanh nghiệp trong Khối.", StringComparison.Ordinal)
                     + "Đề nghị các đơn vị gửi báo cáo A trước ngày 15/12/2026.";

        Assert.Equal($"Báo cáo A | 2026-12-15 | {Enterprises} | ", Assert.Single(await ItemsOfAsync(letter)));
    }

    [Fact]
    public async Task The_banks_named_as_a_group_are_the_units_tagged_so() =>
        Assert.Equal("Báo cáo A | 2026-12-15 | units:NHNN,AGRI,VCB,BIDV,VTB,NHCSXH,MBB | ",
            await OnlyItemOfAsync("Các ngân hàng gửi báo cáo A trước ngày 15/12/2026."));

    [Fact]
    public async Task Enterprises_the_store_cannot_tell_are_every_grassroots_unit_and_said_so_until_edited()
    {
        await using var bot = await BotHarness.CreateAsync(Today);
        var store = bot.Get<UnitStore>();
        await store.UpsertAsync([.. (await store.AllAsync()).Select(u => new UnitRow(u.Code, u.Name, u.Kind, []))], "test");

        var proposal = (await bot.SayAsync(BotHarness.Admin, "/congvan " + ToGrassroots + "Các đơn vị doanh nghiệp gửi báo cáo A trước ngày 15/12/2026.")).Text();
        var edited = (await bot.SayAsync(BotHarness.Admin, "sửa 1 cho DIENLUC, VNPT")).Text();

        Assert.Contains("74 chi, đảng bộ cơ sở", proposal, StringComparison.Ordinal);
        Assert.Contains("không rõ đơn vị nào là doanh nghiệp: đang để 74 đơn vị; sửa bằng \"sửa 1 cho <mã đơn vị>, …\"", proposal, StringComparison.Ordinal);
        Assert.DoesNotContain("không rõ đơn vị nào", edited, StringComparison.Ordinal);
    }
}
