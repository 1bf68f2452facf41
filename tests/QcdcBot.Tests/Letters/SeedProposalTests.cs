using QcdcBot.Bot.Letters;
using QcdcBot.Tests.Conversation;

namespace QcdcBot.Tests.Letters;

/// <summary>The real letters in Fixtures/Seeds, each read on the day it is dated, as .txt, .docx and .pdf.</summary>
public sealed class SeedProposalTests
{
    public static TheoryData<string, string, string[]> Expected => new()
    {
        { LetterFiles.Guidance2023, "Văn bản (không thấy số văn bản), ngày 9/3/2023", [] },
        {
            LetterFiles.Letter1720, "Công văn số 1720-CV/ĐUK, ngày 22/5/2024",
            [
                "Báo cáo tự kiểm tra, giám sát thực hiện dân chủ ở cơ sở năm 2024 | 2024-10-25 | grassroots | ",
                "Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2024 | 2024-09-01 | units:BQLKCN,CTK,CDYB | 1/9/2024 là ngày nghỉ (Quốc khánh)",
            ]
        },
        {
            LetterFiles.Plan2024, "Kế hoạch (không thấy số văn bản), ngày 25/3/2024",
            ["Kế hoạch thực hiện QCDC ở cơ sở năm 2024 | 2024-04-10 | grassroots | văn bản ghi 10/4/2023, sớm hơn ngày văn bản 25/3/2024: đề xuất 10/4/2024"]
        },
        { LetterFiles.Report2023, "Văn bản (không thấy số văn bản), không đọc được ngày văn bản", [] },
        { LetterFiles.Directive, "Chỉ thị (không thấy số văn bản), không đọc được ngày văn bản", [] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Each_seed_letter_gives_its_exact_proposal(string seed, string header, string[] items)
    {
        await using var bot = await OnLetterDateAsync(seed);

        var draft = await ProposalHarness.ProposeAsync(bot, seed, LetterFiles.SeedBytes(seed));

        Assert.Equal(header, draft.Header.Describe());
        Assert.Equal(items, await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task The_same_letter_as_docx_gives_the_same_proposal(string seed, string header, string[] items)
    {
        await using var bot = await OnLetterDateAsync(seed);

        var draft = await ProposalHarness.ProposeAsync(bot, "congvan.docx", LetterFiles.Docx(LetterFiles.Seed(seed)));

        Assert.Equal(header, draft.Header.Describe());
        Assert.Equal(items, await ProposalHarness.DescribeAsync(bot, draft));
        Assert.Equal(
            (await ProposalHarness.ProposeAsync(bot, seed, LetterFiles.SeedBytes(seed))).Items.Select(i => i.Quote),
            draft.Items.Select(i => i.Quote));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task The_same_letter_as_a_pdf_with_a_text_layer_gives_the_same_proposal(string seed, string header, string[] items)
    {
        await using var bot = await OnLetterDateAsync(seed);

        var draft = await ProposalHarness.ProposeAsync(bot, "congvan.pdf", LetterFiles.Pdf(LetterFiles.Seed(seed)));

        Assert.Equal(header, draft.Header.Describe());
        Assert.Equal(items, await ProposalHarness.DescribeAsync(bot, draft));
    }

    [Fact]
    public async Task A_header_table_with_number_and_date_is_read_like_the_header_lines()
    {
        await using var bot = await OnLetterDateAsync(LetterFiles.Letter1720);
        var body = string.Join('\n', LetterFiles.Seed(LetterFiles.Letter1720).Split('\n').Skip(10));
        var docx = LetterFiles.Docx(body, tableRowsFirst:
        [
            "ĐẢNG BỘ TỈNH YÊN BÁI\tĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 1720-CV/ĐUK\tYên Bái, ngày 22 tháng 5 năm 2024",
        ]);

        var draft = await ProposalHarness.ProposeAsync(bot, "congvan.docx", docx);

        Assert.Equal("Công văn số 1720-CV/ĐUK, ngày 22/5/2024", draft.Header.Describe());
        Assert.Equal(2, draft.Items.Count);
    }

    [Fact]
    public async Task Dates_of_other_documents_periods_and_status_dates_are_not_deadlines()
    {
        await using var bot = await OnLetterDateAsync(LetterFiles.Letter1720);

        var draft = await ProposalHarness.ProposeAsync(bot, "x.txt", LetterFiles.SeedBytes(LetterFiles.Letter1720));

        // The letter also has "ngày 25/3/2024" (another plan), "từ ngày 01/10/2023 đến ngày 30/9/2024", "Tính đến ngày 15/5/2024"
        // and "Ngày 19/4/2027" (a cited letter's typo): none of them is proposed.
        Assert.Equal([new DateOnly(2024, 10, 25), new DateOnly(2024, 9, 1)], draft.Items.Select(i => i.Due));
    }

    internal static async Task<BotHarness> OnLetterDateAsync(string seed)
    {
        var date = LetterHeaderReader.Read(LetterFiles.Seed(seed)).Date ?? new DateOnly(2024, 6, 3);
        return await BotHarness.CreateAsync(new DateTimeOffset(date.Year, date.Month, date.Day, 3, 0, 0, TimeSpan.Zero));
    }
}
