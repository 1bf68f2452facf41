using System.Net;
using System.Text.RegularExpressions;
using QcdcBot.Bot.Web.Office;
using QcdcBot.Scheduling.Digests;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Delivery;
using QcdcBot.Storage.Reminders;

namespace QcdcBot.Tests.Office;

/// <summary>What the pages say, read over plain HTTP: the same numbers as chat, filters, a unit, the files, decisions.</summary>
public sealed partial class OfficePageTests : IAsyncLifetime
{
    private OfficeHarness _office = null!;
    private OfficeDataset _data = null!;

    public async Task InitializeAsync()
    {
        _office = await OfficeHarness.StartAsync();
        _data = await OfficeDataset.SeedAsync(_office);
    }

    public async Task DisposeAsync() => await _office.DisposeAsync();

    [Fact]
    public async Task The_overview_header_counts_are_those_of_tinhhinh_and_the_digest()
    {
        using var client = await _office.SignedInClientAsync();
        var page = await client.GetStringAsync("/vanphong");
        var digest = await _office.Get<DigestBuilder>().BuildAsync();

        foreach (var deadline in new[] { _data.Plan, _data.Report })
        {
            var header = HeaderCount(page, deadline.Id);
            var chat = string.Join('\n', (await _office.SayAsync(OfficeHarness.Admin, $"/tinhhinh #{deadline.Id}")).Replies.Select(r => r.Text));
            var entry = digest.Entries.Single(e => e.DeadlineId == deadline.Id);
            Assert.Contains($"{header} đơn vị đã", chat, StringComparison.Ordinal);
            Assert.Equal($"{entry.Completion.Done}/{entry.InScope}", header);
        }

        Assert.Equal("44/74", HeaderCount(page, _data.Plan.Id));
        Assert.Equal("21/77", HeaderCount(page, _data.Report.Id));
    }

    [Fact]
    public async Task Cells_show_each_state_with_a_symbol_and_words()
    {
        using var client = await _office.SignedInClientAsync();
        var page = await client.GetStringAsync("/vanphong");

        Assert.Equal("✓ đúng hạn", Cell(page, "NHNN", 0));
        Assert.Equal("✓! trễ 3 ngày", Cell(page, _data.G[41].Code, 0));
        Assert.Equal("… đang làm, quá hạn 4 ngày", Cell(page, "HND", 0));
        Assert.Equal("∅? không phát sinh (chờ duyệt)", Cell(page, _data.G[46].Code, 0));
        Assert.Equal("✉ đã gửi bản giấy, quá hạn 4 ngày", Cell(page, _data.G[47].Code, 0));
        Assert.Equal("⏳? xin gia hạn đến 30/10/2024 (chờ duyệt), quá hạn 4 ngày", Cell(page, "SKHDT", 0));
        Assert.Equal("⚠️ không ai nhận tin, quá hạn 4 ngày", Cell(page, _data.G[50].Code, 0));
        Assert.Equal(string.Empty, Cell(page, _data.D[0].Code, 0));
        Assert.Equal("✓ đúng hạn", Cell(page, _data.D[0].Code, 1));
    }

    [Fact]
    public async Task Filtering_by_chua_tra_loi_keeps_only_units_silent_somewhere()
    {
        using var client = await _office.SignedInClientAsync();

        var page = await client.GetStringAsync("/vanphong?tt=chua-tra-loi&loai=dang-bo");

        var rows = Rows(page);
        Assert.NotEmpty(rows);
        // SKHDT's request waits for the office's decision, and it handed in the other: silent nowhere.
        Assert.DoesNotContain("SKHDT", rows);
        Assert.DoesNotContain("NHNN", rows);
        Assert.DoesNotContain("HND", rows);
        Assert.All(rows, code => Assert.Contains(code, _data.G.Where(u => u.Kind == QcdcBot.Storage.Units.UnitKind.DangBo).Select(u => u.Code)));
    }

    [Fact]
    public async Task The_search_ignores_diacritics_and_case()
    {
        using var client = await _office.SignedInClientAsync();

        var page = await client.GetStringAsync("/vanphong?q=ngan+HANG+nha+nuoc");

        Assert.Equal(["NHNN"], Rows(page));
    }

    [Fact]
    public async Task The_unit_page_lists_members_versions_and_reminders_and_the_file_downloads_with_its_name_and_bytes()
    {
        await _office.Get<ReminderLedgerStore>().RecordSkippedAsync(_data.Plan.Id, _data.G[0].Id, ["before-1@2024-10-18"]);
        using var client = await _office.SignedInClientAsync();
        var page = await client.GetStringAsync(OfficeRoutes.Unit(_data.G[0].Id));
        Assert.Contains("Người dùng thuky-nhnn — test, nhận được tin", page, StringComparison.Ordinal);
        Assert.Contains(OfficeDataset.NhnnFileName, page, StringComparison.Ordinal);
        Assert.Contains("68,4 KB", page, StringComparison.Ordinal);
        var href = Regex.Match(page, $"href=\"(?<href>/vanphong/tep/\\d+/\\d+)\">{OfficeDataset.NhnnFileName}<").Groups["href"].Value;

        var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_data.NhnnFile, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(OfficeDataset.NhnnFileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var deadlinePage = await client.GetStringAsync(OfficeRoutes.Deadline(_data.Plan.Id));
        Assert.Contains($"href=\"{href}\">{OfficeDataset.NhnnFileName}</a>", deadlinePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_downloads_are_the_builders_of_xuat_and_taifile()
    {
        using var client = await _office.SignedInClientAsync();

        var xlsx = await client.GetAsync(OfficeRoutes.DeadlineWorkbook(_data.Plan.Id));
        var zip = await client.GetAsync(OfficeRoutes.Archive(_data.Plan.Id));

        var chat = (await _office.SayAsync(OfficeHarness.Admin, $"/taifile #{_data.Plan.Id}")).Replies.Single(r => r.Document is not null).Document!;
        Assert.Equal(chat.Bytes, await zip.Content.ReadAsByteArrayAsync());
        Assert.Equal(chat.FileName, zip.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Tình hình nộp - việc", xlsx.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_an_extension_on_the_page_decides_as_chat_does_and_tells_the_unit()
    {
        using var client = await _office.SignedInClientAsync();
        var page = await client.GetStringAsync(OfficeRoutes.Deadline(_data.Plan.Id));
        var form = OfficeHarness.FormFields(page, formIndex: 1);
        form["quyet"] = "dong-y";

        var response = await client.PostAsync(OfficeRoutes.ExtensionDecision(_data.Plan.Id, _data.Extension.Id), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Đã đồng ý đề nghị số {_data.Extension.Id}. Đơn vị đã được báo.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var told = (await _office.Get<OutboxStore>().AllAsync()).Where(m => m.ChatId == "thuky-skhdt").Select(m => QcdcBot.Bot.Delivery.OutboxBody.FromJson(m.BodyJson).Text).ToList();
        Assert.Contains(told, body => body.Contains("đồng ý gia hạn", StringComparison.Ordinal) && body.Contains("30/10/2024", StringComparison.Ordinal));
        var audit = await _office.Get<QcdcBot.Storage.Audit.AuditStore>().RecentAsync(5);
        Assert.Contains(audit, e => e.Action == "extension.approve" && e.Actor == $"{OfficeHarness.Channel}:{OfficeHarness.Admin}");
        var again = await client.GetStringAsync("/vanphong");
        Assert.Equal("⏳ gia hạn đến 30/10/2024", Cell(again, "SKHDT", 0));
    }

    [Fact]
    public async Task Accepting_a_no_content_reply_on_the_page_excuses_the_unit_and_tells_it()
    {
        var unit = _data.G[46];
        var secretary = await _office.RegisterSecretaryAsync(unit.Code);
        using var client = await _office.SignedInClientAsync();
        var page = await client.GetStringAsync(OfficeRoutes.Deadline(_data.Plan.Id));
        var form = OfficeHarness.FormFields(page, formIndex: 3);
        form["quyet"] = "chap-nhan";

        var response = await client.PostAsync(OfficeRoutes.ExcuseDecision(_data.Plan.Id, _data.PendingExcuse.Id), new FormUrlEncodedContent(form));

        Assert.Contains("Đã chấp nhận.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var told = (await _office.Get<OutboxStore>().AllAsync()).Where(m => m.ChatId == secretary).Select(m => QcdcBot.Bot.Delivery.OutboxBody.FromJson(m.BodyJson).Text);
        Assert.Contains(told, text => text.Contains("không phải nộp", StringComparison.Ordinal));
        Assert.Equal("∅ không phát sinh (chấp nhận)", Cell(await client.GetStringAsync("/vanphong"), unit.Code, 0));
        var chat = string.Join('\n', (await _office.SayAsync(OfficeHarness.Admin, $"/tinhhinh #{_data.Plan.Id}")).Replies.Select(r => r.Text));
        Assert.Contains("Được miễn (không có nội dung phát sinh): 1", chat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_in_chat_ends_the_sessions_of_that_person_only()
    {
        using var admin = await _office.SignedInClientAsync();
        using var adminElsewhere = await _office.SignedInClientAsync();
        using var leader = await _office.SignedInClientAsync(OfficeHarness.Leader);

        var reply = await _office.SayAsync(OfficeHarness.Admin, "/dangxuat");

        Assert.Contains("trên 2 máy", reply.Replies.Single().Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/vanphong")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await adminElsewhere.GetAsync("/vanphong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync("/vanphong")).StatusCode);
    }

    [Fact]
    public async Task The_overview_of_77_units_and_12_deadlines_is_one_page_under_300_KB()
    {
        var deadlines = _office.Get<DeadlineStore>();
        for (var i = 0; i < 10; i++)
        {
            await deadlines.CreateAsync(new NewDeadline($"Báo cáo chuyên đề số {i + 1} về thực hiện Quy chế dân chủ ở cơ sở năm 2024", new DateOnly(2024, 11, 1).AddDays(i),
                DeadlineScope.All, null, [], Recurrence.None, "test", "test:admin"));
        }

        using var client = await _office.SignedInClientAsync();

        var bytes = await client.GetByteArrayAsync("/vanphong");

        Assert.Equal(77, Rows(System.Text.Encoding.UTF8.GetString(bytes)).Count);
        Assert.True(bytes.Length < 300 * 1024, $"{bytes.Length} bytes");
    }

    private static string HeaderCount(string page, long deadlineId) =>
        Regex.Match(page, $"<th data-viec=\"{deadlineId}\">.*?<span class=\"tally\">(?<n>\\d+/\\d+)", RegexOptions.Singleline).Groups["n"].Value;

    private static List<string> Rows(string page) => RowCode().Matches(page).Select(m => m.Groups["code"].Value).ToList();

    /// <summary>The text of a unit's cell in a column, tags removed.</summary>
    private static string Cell(string page, string code, int column)
    {
        var row = Regex.Match(page, $"<tr data-ma=\"{code}\">(?<row>.*?)</tr>", RegexOptions.Singleline).Groups["row"].Value;
        var cell = CellPattern().Matches(row)[column].Groups["cell"].Value;
        return WebUtility.HtmlDecode(Regex.Replace(cell, "<[^>]+>", string.Empty));
    }

    [GeneratedRegex("<tr data-ma=\"(?<code>[^\"]+)\">")]
    private static partial Regex RowCode();

    [GeneratedRegex("<td[^>]*>(?<cell>.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
