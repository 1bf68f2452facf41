using QcdcBot.Bot.Digest;
using QcdcBot.Bot.Text;
using QcdcBot.Scheduling.Digests;

namespace QcdcBot.Tests.Digest;

public sealed class DigestTextTests
{
    private const string Expected = """
        📊 Tổng hợp QCDC Đảng ủy Khối — Thứ Hai, 16/3/2026

        #1 Kế hoạch thực hiện QCDC năm 2026
        Hạn 6/3, quá hạn 10 ngày
        █████████░ 95%
        70/74 đơn vị đã xong (95%: 67 nộp, 3 được miễn) · lần đầu tổng hợp
        Đúng hạn 61 · trễ 6
        Được miễn (không có nội dung phát sinh): 3
        Chưa nộp: 1 đang làm · 1 đã gửi bản giấy · 1 được gia hạn · 1 chưa trả lời
        Còn thiếu (4):
        • Chi bộ Cục Quản lý thị trường tỉnh
        • Chi bộ Trung tâm Kiểm định xây dựng tỉnh
        • Chi bộ Bảo Việt Yên Bái
        • Chi bộ Hội Nông dân Khối

        #3 Báo cáo chuyên đề dân vận khéo
        Hạn 9/3 — đã kết thúc
        ███████░░░ 67%
        4/6 đơn vị đã xong (67%: 3 nộp, 1 được miễn) · lần đầu tổng hợp
        Đúng hạn 3 · trễ 0
        Được miễn (không có nội dung phát sinh): 1
        Chưa nộp: 2 không còn phải nộp (việc đã kết thúc)
        Không nộp khi kết thúc (2):
        • Đảng bộ Ngân hàng Nhà nước
        • Công đoàn viên chức tỉnh

        #2 Báo cáo QCDC quý I
        Hạn 25/3, còn 9 ngày
        █████████░ 94%
        72/77 đơn vị đã nộp (94%) · lần đầu tổng hợp
        Đúng hạn 72 · trễ 0
        Chưa nộp: 1 đang làm · 1 đã gửi qua iOffice · 1 báo không có nội dung phát sinh (chờ duyệt) · 2 chưa trả lời
        Còn thiếu (5):
        • Đảng bộ Ngân hàng Nhà nước
        • Đảng bộ Công ty cổ phần Tập đoàn Hòa Bình Minh
        • Chi bộ Bệnh viện Y dược cổ truyền tỉnh
        • Chi bộ Trung tâm Kiểm soát bệnh tật tỉnh
        • Công đoàn viên chức tỉnh

        Hay chậm hoặc thiếu: Đảng bộ Ngân hàng Nhà nước.
        """;

    [Fact]
    public async Task The_known_dataset_gives_exactly_this_digest()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        await DigestDataset.SeedAsync(harness);

        var digest = await harness.Get<DigestService>().ComposeAsync(listMissing: true, CancellationToken.None);

        Assert.Equal(Expected, digest.Text);
    }

    [Fact]
    public async Task The_digest_numbers_are_those_of_tinhhinh_for_each_deadline()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        var dataset = await DigestDataset.SeedAsync(harness);

        var snapshot = await harness.Get<DigestBuilder>().BuildAsync();

        Assert.Equal([dataset.Plan.Id, dataset.Topic.Id, dataset.Report.Id], snapshot.Entries.Select(e => e.DeadlineId));
        foreach (var e in snapshot.Entries)
        {
            var reply = string.Join("\n", (await harness.SayAsync(DigestHarness.Admin, $"/tinhhinh #{e.DeadlineId}")).Replies.Select(r => r.Text));
            Assert.Contains(CompletionWording.Units(e.Completion), reply, StringComparison.Ordinal);
            Assert.Contains($"• Đúng hạn: {e.OnTime} • Trễ: {e.Late} • Được gia hạn: {e.Extended}", reply, StringComparison.Ordinal);
            Assert.Contains($"• Chưa nộp, {QcdcBot.Bot.Conversation.SilentWording.Label(e.Closed)}: {e.Silent}", reply, StringComparison.Ordinal);
            Assert.Equal(e.InScope - e.Submitted - e.Excused, e.Missing.Count);
            // Each unit is in one bucket: the ones still owing are extended, waiting for a decision, replied or silent.
            Assert.Equal(e.InScope - e.Submitted - e.Excused, e.Extended + e.ExtensionPending + e.InProgress + e.OnPaper + e.ViaIOffice + e.ByEmail + e.NothingToReport + e.ExcuseRefused + e.ClaimRejected + e.ExtensionLapsed + e.Silent);
        }
    }

    [Fact]
    public async Task Habitually_late_names_units_bad_on_more_than_half_of_at_least_two_past_deadlines()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        var dataset = await DigestDataset.SeedAsync(harness);

        var snapshot = await harness.Get<DigestBuilder>().BuildAsync();

        // G0: late on the plan and missing the topic. G1 (late, then on time) and G2 (late, then excused) are bad on
        // one of two; G73 and D2 have a single deadline past due; G69's extension runs to 20/3.
        Assert.Equal([dataset.G[0].Name], snapshot.HabituallyLate);
    }

    [Fact]
    public async Task Once_the_report_is_past_due_units_late_or_silent_on_two_of_them_join_the_list()
    {
        await using var harness = await DigestHarness.CreateAsync(DigestDataset.Start);
        var dataset = await DigestDataset.SeedAsync(harness);

        // 27/3: the report is past due too. D2 missed the topic and the report; G71 and G72 were late on the plan and
        // only replied with a status on the report ("đang làm", iOffice: not excused). G5 was excused on the report,
        // G73 and G69 (its extension over) are bad on one of two.
        harness.SetLocalTime(2026, 3, 27, 8, 0);
        var late = (await harness.Get<DigestBuilder>().BuildAsync()).HabituallyLate;

        Assert.Equal(new[] { dataset.G[0], dataset.D[2], dataset.G[71], dataset.G[72] }.Select(u => u.Name).Order(StringComparer.Ordinal), late);
    }
}
