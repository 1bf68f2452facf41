using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Exports;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Tests.Digest;

namespace QcdcBot.Tests.Conversation;

/// <summary>Another office of another committee runs the bot with two settings and no code change.</summary>
public sealed class OfficeNamesTests
{
    private const string Office = "Văn phòng";
    private const string Organization = "Đảng ủy các cơ quan tỉnh";

    [Fact]
    public async Task Replies_name_the_configured_office_and_committee_and_never_the_default()
    {
        await using var bot = await BotHarness.CreateAsync(configure: o =>
        {
            o.OfficeName = Office;
            o.OrganizationName = Organization;
        });
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");

        var stranger = await bot.SayAsync("la", "xin chào");
        var start = await bot.SayAsync("la", "/start");
        var wrongCode = await bot.SayAsync("la", "/dangky ZZZZ9999");
        var giao = await bot.SayAsync(secretary, "/giao Báo cáo B trước ngày 30/10/2024");
        var tinhhinh = await bot.SayAsync(secretary, "/tinhhinh");
        var nothing = await bot.SayAsync(secretary, "không có nội dung phát sinh");
        var help = await bot.SayAsync(BotHarness.Admin, "/trogiup");

        Assert.Contains($"Xin mã đăng ký của đơn vị từ {Office} {Organization} rồi gửi", stranger.Text(), StringComparison.Ordinal);
        Assert.Contains($"Quy chế dân chủ ở cơ sở của {Organization}.", start.Text(), StringComparison.Ordinal);
        Assert.Contains($"xin {Office} cấp mã mới", wrongCode.Text(), StringComparison.Ordinal);
        Assert.Equal($"Lệnh này chỉ dành cho cán bộ {Office} (quản trị bot).", giao.Text());
        Assert.Equal($"Lệnh này dành cho lãnh đạo và {Office}.", tinhhinh.Text());
        Assert.Contains($"{Office} sẽ xem xét", nothing.Text(), StringComparison.Ordinal);
        Assert.Contains($"Bạn là quản trị ({Office}).", help.Text(), StringComparison.Ordinal);
        Assert.All(new[] { stranger, start, wrongCode, giao, tinhhinh, nothing, help }, r =>
        {
            Assert.DoesNotContain("Tuyên giáo", r.Text(), StringComparison.Ordinal);
            Assert.DoesNotContain("Đảng ủy Khối", r.Text(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_digest_title_and_the_workbook_name_the_configured_committee()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start, bot: o =>
        {
            o.OfficeName = Office;
            o.OrganizationName = Organization;
        });
        await DigestDataset.SeedAsync(harness);

        var digest = await harness.Get<DigestService>().ComposeAsync(listMissing: true, CancellationToken.None);
        var deadlines = await harness.Get<DeadlineStore>().ListAsync(includeClosed: true);
        var workbook = await harness.Get<ProgressWorkbook>().BuildAsync(deadlines, CancellationToken.None);
        using var book = new QcdcBot.Tests.Exports.OpenedWorkbook(workbook.Bytes);

        Assert.StartsWith($"📊 Tổng hợp QCDC {Organization} — Thứ Hai, 16/3/2026", digest.Text, StringComparison.Ordinal);
        Assert.Equal($"Tổng hợp QCDC {Organization}", book.Document.PackageProperties.Title);
        Assert.Equal($"{Office} {Organization}", book.Document.PackageProperties.Creator);
    }
}
