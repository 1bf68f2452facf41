using System.IO.Compression;
using QcdcBot.Bot.Conversation;

namespace QcdcBot.Tests.Exports;

/// <summary>/xuat and /taifile through the whole turn, as a channel would call the bot.</summary>
public sealed class ExportCommandsTests
{
    [Fact]
    public async Task Xuat_by_an_admin_replies_with_the_workbook()
    {
        await using var data = await ExportDataset.CreateAsync();
        var result = await data.TurnAsync(ExportDataset.Admin.Split(':')[1], "/xuat");

        var reply = Assert.Single(result.Replies);
        var document = Assert.IsType<OutboundDocument>(reply.Document);
        Assert.EndsWith(".xlsx", document.FileName, StringComparison.Ordinal);
        Assert.Contains("3 việc", reply.Text, StringComparison.Ordinal);
        using var book = new OpenedWorkbook(document.Bytes);
        Assert.Equal(4, book.SheetNames.Count);
    }

    [Fact]
    public async Task Xuat_with_a_deadline_by_a_leader_has_that_deadline_only()
    {
        await using var data = await ExportDataset.CreateAsync();
        var result = await data.TurnAsync(ExportDataset.Leader.Split(':')[1], "/xuat ke hoach qcdc");

        var document = Assert.Single(result.Replies).Document!;
        using var book = new OpenedWorkbook(document.Bytes);
        Assert.Equal(2, book.SheetNames.Count);
        Assert.Equal(data.Plan.Title, book.Text("Tổng hợp", "B2"));
    }

    [Fact]
    public async Task Xuat_by_a_secretary_is_refused()
    {
        await using var data = await ExportDataset.CreateAsync();
        var result = await data.TurnAsync(ExportDataset.SecretaryId, "/xuat");

        var reply = Assert.Single(result.Replies);
        Assert.Null(reply.Document);
        Assert.Equal("Lệnh này dành cho lãnh đạo và Ban Tuyên giáo.", reply.Text);
    }

    [Fact]
    public async Task Taifile_is_for_admins_only()
    {
        await using var data = await ExportDataset.CreateAsync();
        foreach (var user in new[] { ExportDataset.Leader.Split(':')[1], ExportDataset.SecretaryId })
        {
            var reply = Assert.Single((await data.TurnAsync(user, $"/taifile #{data.Plan.Id}")).Replies);
            Assert.Null(reply.Document);
        }
    }

    [Fact]
    public async Task Taifile_replies_with_the_zip()
    {
        await using var data = await ExportDataset.CreateAsync();
        var result = await data.TurnAsync(ExportDataset.Admin.Split(':')[1], $"/taifile #{data.Plan.Id}");

        var reply = Assert.Single(result.Replies);
        Assert.Contains("35 tệp của 34 đơn vị", reply.Text, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(reply.Document!.Bytes), ZipArchiveMode.Read);
        Assert.Equal(35, zip.Entries.Count);
    }

    [Fact]
    public async Task Taifile_over_the_limit_sends_numbered_parts_and_names_the_oversized_file()
    {
        await using var data = await ExportDataset.CreateAsync(maxDocumentBytes: 64 * 1024, planFileSize: i => i == 3 ? 100_000 : 20_000);
        var result = await data.TurnAsync(ExportDataset.Admin.Split(':')[1], $"/taifile #{data.Plan.Id}");

        var intro = result.Replies[0];
        Assert.Null(intro.Document);
        Assert.Contains("Chia thành", intro.Text, StringComparison.Ordinal);
        Assert.Contains("mỗi đơn vị nằm trọn trong một phần", intro.Text, StringComparison.Ordinal);
        Assert.Contains($"{data.Grassroots[3].Code} - ", intro.Text, StringComparison.Ordinal);
        Assert.Contains("một mình đã lớn hơn 64,0 KB", intro.Text, StringComparison.Ordinal);
        var parts = result.Replies.Skip(1).ToList();
        Assert.All(parts, p => Assert.NotNull(p.Document));
        Assert.StartsWith($"Phần 1/{parts.Count}:", parts[0].Text, StringComparison.Ordinal);
    }
}
