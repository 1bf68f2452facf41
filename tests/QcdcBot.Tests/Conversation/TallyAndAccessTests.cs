using QcdcBot.Bot.Conversation;
using QcdcBot.Storage.Deadlines;
using QcdcBot.Storage.Submissions;

namespace QcdcBot.Tests.Conversation;

/// <summary>/tinhhinh and /chuanop numbers, who may do what, and naming units and deadlines.</summary>
public sealed class TallyAndAccessTests
{
    [Fact]
    public async Task Tinhhinh_and_chuanop_count_submitted_on_time_late_extended_and_statuses()
    {
        await using var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var nhnn = await bot.RegisterSecretaryAsync("NHNN");
        var skhdt = await bot.RegisterSecretaryAsync("SKHDT");
        var ctk = await bot.RegisterSecretaryAsync("CTK");
        var stnmt = await bot.RegisterSecretaryAsync("STNMT");
        var btctu = await bot.RegisterSecretaryAsync("BTCTU");

        await bot.SendFileAsync(nhnn, "a.pdf", [1]);
        await bot.SayConfirmedAsync(BotHarness.Admin, $"/ghinhan SUHLS #{report.Id} bản giấy");
        await bot.SayAsync(ctk, "đang làm");
        await bot.SayAsync(stnmt, "đã gửi qua iOffice số 12/BC");
        var request = await bot.SayAsync(btctu, "/giahan 30/10 chờ ký");
        await bot.PressAsync(BotHarness.Admin, request.Proactive[0].Message.Choices[0].Payload);
        bot.SetLocalTime(2024, 10, 27, 8, 0);
        await bot.SendFileAsync(skhdt, "b.pdf", [2]);

        var progress = (await bot.SayAsync(BotHarness.Admin, "/tinhhinh")).Text();
        var missing = (await bot.SayAsync(BotHarness.Admin, "/chuanop")).Text();

        Assert.Contains("3/74 đơn vị đã nộp (4%)", progress, StringComparison.Ordinal);
        Assert.Contains("• Đúng hạn: 2 • Trễ: 1 • Được gia hạn: 1", progress, StringComparison.Ordinal);
        Assert.Contains("• Chưa nộp nhưng đã báo: 1 đang làm, 1 đã gửi qua iOffice", progress, StringComparison.Ordinal);
        Assert.Contains("• Chưa nộp, chưa trả lời: 68", progress, StringComparison.Ordinal);
        Assert.Contains("71/74 đơn vị chưa nộp", missing, StringComparison.Ordinal);
        Assert.Contains("Chi bộ Cục Thống kê tỉnh Yên Bái (CTK) — đang làm", missing, StringComparison.Ordinal);
        Assert.Contains("(STNMT) — đã gửi qua iOffice số 12/BC", missing, StringComparison.Ordinal);
        Assert.Contains("(BTCTU) — gia hạn đến 30/10/2024", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("(NHNN)", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("(SUHLS)", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secretary_cannot_give_deadlines_or_read_tallies_or_decide_extensions()
    {
        await using var bot = await BotHarness.CreateAsync();
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var before = await bot.SnapshotAsync();

        var giao = await bot.SayAsync(secretary, "/giao Báo cáo A trước ngày 25/10/2024");
        var tinhhinh = await bot.SayAsync(secretary, "/tinhhinh");
        var duyet = await bot.SayAsync(secretary, "/duyet 1");
        var ghinhan = await bot.SayAsync(secretary, "/ghinhan SKHDT #1");

        Assert.Contains("chỉ dành cho cán bộ Ban Tuyên giáo", giao.Text(), StringComparison.Ordinal);
        Assert.Contains("dành cho lãnh đạo và Ban Tuyên giáo", tinhhinh.Text(), StringComparison.Ordinal);
        Assert.Contains("chỉ dành cho cán bộ Ban Tuyên giáo", duyet.Text(), StringComparison.Ordinal);
        Assert.Contains("chỉ dành cho cán bộ Ban Tuyên giáo", ghinhan.Text(), StringComparison.Ordinal);
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task An_unregistered_person_is_told_how_to_register_whatever_they_send()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        var before = await bot.SnapshotAsync();

        var replies = new List<TurnResult>
        {
            await bot.SayAsync("stranger", "/viec"),
            await bot.SayAsync("stranger", "đang làm"),
            await bot.SayAsync("stranger", "/giao Báo cáo B trước ngày 25/10/2024"),
            await bot.SayAsync("stranger", "xin chào"),
            await bot.SendFileAsync("stranger", "a.pdf", [1, 2]),
        };

        Assert.All(replies, r => Assert.Contains("/dangky <mã>", r.Text(), StringComparison.Ordinal));
        Assert.Equal(before, await bot.SnapshotAsync());
    }

    [Fact]
    public async Task One_unit_cannot_file_under_a_deadline_that_is_not_its_own()
    {
        await using var bot = await BotHarness.CreateAsync();
        var inspection = await bot.AssignAsync("Báo cáo đoàn kiểm tra trước ngày 30/10/2024 cho BQLKCN, CTK, CDYB");
        var secretary = await bot.RegisterSecretaryAsync("NHNN");
        var link = await bot.LinkMessageAsync(secretary, inspection.Id);

        var file = await bot.SendFileAsync(secretary, "a.pdf", [1], caption: $"#{inspection.Id}", replyTo: link);
        var status = await bot.SayAsync(secretary, "đang làm", replyTo: link);
        var extension = await bot.SayAsync(secretary, "/giahan 5/11 chờ ký", replyTo: link);

        Assert.Contains("không có việc nào đang mở", file.Text(), StringComparison.Ordinal);
        Assert.Contains("không có việc nào đang mở", status.Text(), StringComparison.Ordinal);
        Assert.Contains("không có việc nào đang mở", extension.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await bot.CountAsync("submissions"));
        Assert.Equal(0, await bot.CountAsync("status_notes"));
        Assert.Equal(0, await bot.CountAsync("extension_requests"));
    }

    [Fact]
    public async Task A_number_typed_by_another_unit_does_not_answer_someone_elses_question()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo A trước ngày 25/10/2024");
        await bot.AssignAsync("Báo cáo B trước ngày 30/10/2024");
        var first = await bot.RegisterSecretaryAsync("NHNN");
        var second = await bot.RegisterSecretaryAsync("SKHDT");
        var asked = await bot.SendFileAsync(first, "a.pdf", [1]);

        await bot.SayAsync(second, "1");
        await bot.PressAsync(second, asked.Last().Choices[0].Payload);

        Assert.Equal(0, await bot.CountAsync("submissions"));
        var answered = await bot.SayAsync(first, "1");
        Assert.Contains("Đơn vị: Đảng bộ Ngân hàng Nhà nước", answered.Text(), StringComparison.Ordinal);
        var submission = Assert.Single(await bot.Get<SubmissionStore>().AllForDeadlineAsync((await bot.Get<DeadlineStore>().ListAsync())[0].Id));
        Assert.Equal((await bot.UnitAsync("NHNN")).Id, submission.UnitId);
    }

    [Fact]
    public async Task Deadlines_are_named_by_number_in_the_last_list_by_id_and_by_part_of_the_title_without_diacritics()
    {
        await using var bot = await BotHarness.CreateAsync();
        var report = await bot.AssignAsync("Báo cáo tự kiểm tra QCDC trước ngày 25/10/2024");
        var plan = await bot.AssignAsync("Kế hoạch thực hiện dân chủ năm 2025 trước ngày 30/11/2024");

        await bot.SayAsync(BotHarness.Admin, "/hanchot");
        var byNumber = await bot.SayAsync(BotHarness.Admin, "/tinhhinh 2");
        var byId = await bot.SayAsync(BotHarness.Admin, $"/tinhhinh #{report.Id}");
        var byName = await bot.SayAsync(BotHarness.Admin, "/tinhhinh ke hoach dan chu");

        Assert.StartsWith($"#{plan.Id} Kế hoạch", byNumber.Text(), StringComparison.Ordinal);
        Assert.StartsWith($"#{report.Id} Báo cáo", byId.Text(), StringComparison.Ordinal);
        Assert.StartsWith($"#{plan.Id} Kế hoạch", byName.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_deadline_name_offers_choices_and_the_choice_runs_the_command()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.AssignAsync("Báo cáo tự kiểm tra trước ngày 25/10/2024");
        var second = await bot.AssignAsync("Báo cáo sơ kết trước ngày 30/11/2024");

        var asked = await bot.SayAsync(BotHarness.Admin, "/tinhhinh bao cao");
        Assert.Contains("khớp với nhiều việc", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(2, asked.Last().Choices.Count);

        var answered = await bot.SayAsync(BotHarness.Admin, "2");

        Assert.StartsWith($"#{second.Id} Báo cáo sơ kết", answered.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_are_named_by_code_by_part_of_the_name_and_by_number_in_the_last_list()
    {
        await using var bot = await BotHarness.CreateAsync();

        var byCode = await bot.SayAsync(BotHarness.Admin, "/donvi nhnn");
        var byName = await bot.SayAsync(BotHarness.Admin, "/donvi ngan hang nha nuoc");
        var byNfdName = await bot.SayAsync(BotHarness.Admin, "/donvi Cục Thống kê".Normalize(System.Text.NormalizationForm.FormD));
        await bot.SayAsync(BotHarness.Admin, "/donvi");
        var byNumber = await bot.SayAsync(BotHarness.Admin, "/donvi 3");

        Assert.StartsWith("Đảng bộ Ngân hàng Nhà nước (NHNN", byCode.Text(), StringComparison.Ordinal);
        Assert.StartsWith("Đảng bộ Ngân hàng Nhà nước (NHNN", byName.Text(), StringComparison.Ordinal);
        Assert.StartsWith("Chi bộ Cục Thống kê tỉnh Yên Bái (CTK", byNfdName.Text(), StringComparison.Ordinal);
        Assert.StartsWith("Đảng bộ Công ty cổ phần Sứ kỹ thuật Hoàng Liên Sơn (SUHLS", byNumber.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ambiguous_unit_name_offers_choices_and_the_choice_names_one_unit()
    {
        await using var bot = await BotHarness.CreateAsync();

        var asked = await bot.SayAsync(BotHarness.Admin, "/madangky bệnh viện");

        Assert.Contains("khớp với 3 đơn vị", asked.Text(), StringComparison.Ordinal);
        Assert.Equal(3, asked.Last().Choices.Count);
        Assert.Equal(0, await bot.CountAsync("invite_codes"));

        var answered = await bot.SayAsync(BotHarness.Admin, "2");

        Assert.Contains("Mã đăng ký cho Đảng bộ Bệnh viện Sản - Nhi tỉnh Yên Bái", answered.Text(), StringComparison.Ordinal);
        Assert.Equal(1, await bot.CountAsync("invite_codes"));
    }
}
