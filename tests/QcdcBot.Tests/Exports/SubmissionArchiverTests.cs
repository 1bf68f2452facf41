using System.IO.Compression;
using QcdcBot.Bot.Exports;

namespace QcdcBot.Tests.Exports;

public sealed class SubmissionArchiverTests
{
    [Fact]
    public async Task One_folder_per_unit_holds_its_latest_files_byte_for_byte()
    {
        await using var data = await ExportDataset.CreateAsync();
        var archive = await data.Get<SubmissionArchiver>().BuildAsync(data.Plan, CancellationToken.None);

        var part = Assert.Single(archive.Parts);
        Assert.Equal("application/zip", part.ContentType);
        Assert.EndsWith(".zip", part.FileName, StringComparison.Ordinal);
        Assert.Equal(34, archive.UnitCount);
        Assert.Equal(35, archive.FileCount);
        using var zip = new ZipArchive(new MemoryStream(part.Bytes), ZipArchiveMode.Read);
        Assert.Equal(35, zip.Entries.Count);
        Assert.Equal(34, zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct().Count());

        // The corrected version only, in a folder named for the unit, Vietnamese intact.
        var nhnn = data.Unit("NHNN");
        var entry = Assert.Single(zip.Entries, e => e.FullName.StartsWith("NHNN - ", StringComparison.Ordinal));
        Assert.Equal($"NHNN - {nhnn.Name}/Kế hoạch QCDC NHNN (sửa).docx", entry.FullName);
        Assert.Equal(data.PlanFiles["NHNN"][0].Bytes, Read(entry));

        // Two files with the same name: both kept, the second numbered.
        var skhdt = data.Grassroots[1];
        var folder = $"{skhdt.Code} - {skhdt.Name}/";
        Assert.Equal(data.PlanFiles[skhdt.Code][0].Bytes, Read(zip.GetEntry($"{folder}Kế hoạch QCDC {skhdt.Code}.docx")!));
        Assert.Equal(data.PlanFiles[skhdt.Code][1].Bytes, Read(zip.GetEntry($"{folder}Kế hoạch QCDC {skhdt.Code} (2).docx")!));

        // Every stored file comes out with the bytes that went in.
        foreach (var (code, files) in data.PlanFiles)
        {
            var unitEntries = zip.Entries.Where(e => e.FullName.StartsWith(code + " - ", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            Assert.Equal(files.Count, unitEntries.Count);
            Assert.Equal(files.Select(f => f.Bytes).OrderBy(Convert.ToBase64String), unitEntries.Select(Read).OrderBy(Convert.ToBase64String));
        }

        // No entry escapes its folder or carries characters Windows refuses.
        Assert.All(zip.Entries, e =>
        {
            var segments = e.FullName.Split('/');
            Assert.Equal(2, segments.Length);
            Assert.DoesNotContain(segments, s => s is "." or ".." || s.Length == 0 || s.StartsWith('.'));
            Assert.True(e.FullName.IndexOfAny(['\\', ':', '*', '?', '"', '<', '>', '|']) < 0, e.FullName);
        });
        Assert.Contains(zip.Entries, e => e.FullName.EndsWith("/_.._evil_name_.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Units_without_files_are_reported_not_archived()
    {
        await using var data = await ExportDataset.CreateAsync();
        var archive = await data.Get<SubmissionArchiver>().BuildAsync(data.Report, CancellationToken.None);
        Assert.Equal(5, archive.UnitCount);
        Assert.Equal([$"{data.Units[5].Code} - {data.Units[5].Name}"], archive.UnitsWithoutFiles);
        Assert.Empty(archive.MissingFiles);
    }

    [Fact]
    public async Task Over_the_limit_the_archive_is_split_into_parts_each_under_it_and_units_stay_whole()
    {
        const long limit = 64 * 1024;
        // Incompressible 20 KB plans: about three units per part. Unit 3 sends 100 KB, more than a part may hold.
        await using var data = await ExportDataset.CreateAsync(planFileSize: i => i == 3 ? 100_000 : 20_000);
        var archive = await data.Get<SubmissionArchiver>().BuildAsync(data.Plan, limit, CancellationToken.None);

        Assert.True(archive.Parts.Count > 5, $"{archive.Parts.Count} parts");
        var big = data.Grassroots[3];
        var oversized = Assert.Single(archive.TooLargeFiles);
        Assert.StartsWith($"{big.Code} - ", oversized, StringComparison.Ordinal);
        var folders = new Dictionary<string, int>();
        var entries = 0;
        for (var i = 0; i < archive.Parts.Count; i++)
        {
            var part = archive.Parts[i];
            Assert.Equal($"Tệp đã nộp - việc {data.Plan.Id} - phần {i + 1} trên {archive.Parts.Count}.zip", part.FileName);
            using var zip = new ZipArchive(new MemoryStream(part.Bytes), ZipArchiveMode.Read);
            var isBig = zip.Entries.Any(e => e.FullName.StartsWith(big.Code + " - ", StringComparison.Ordinal));
            if (isBig)
            {
                Assert.Single(zip.Entries);
            }
            else
            {
                Assert.True(part.Bytes.LongLength <= limit, $"part {i + 1}: {part.Bytes.LongLength} bytes");
            }

            foreach (var folder in zip.Entries.Select(e => e.FullName.Split('/')[0]).Distinct())
            {
                folders[folder] = folders.GetValueOrDefault(folder) + 1;
            }

            entries += zip.Entries.Count;
            Assert.All(zip.Entries, e => Assert.Equal(FileBytes(data, e.FullName), Read(e)));
        }

        Assert.Equal(35, entries);
        Assert.Equal(34, folders.Count);
        Assert.All(folders, f => Assert.Equal(1, f.Value));
    }

    [Fact]
    public void A_unit_larger_than_the_limit_is_spread_over_parts_file_by_file()
    {
        var random = new Random(3);
        byte[] Bytes(int n)
        {
            var b = new byte[n];
            random.NextBytes(b);
            return b;
        }

        var at = new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.FromHours(7));
        var chunks = new List<ArchiveChunk>
        {
            new("A - Một", [new("A - Một/1.pdf", Bytes(10_000), at)]),
            new("B - Hai", [new("B - Hai/1.pdf", Bytes(40_000), at), new("B - Hai/2.pdf", Bytes(40_000), at)]),
            new("C - Ba", [new("C - Ba/1.pdf", Bytes(10_000), at)]),
        };

        var packed = ZipPacker.Pack(chunks, 64 * 1024);

        Assert.Equal(["B - Hai"], packed.SplitUnits);
        Assert.Empty(packed.TooLargeFiles);
        Assert.All(packed.Parts, p => Assert.True(p.Bytes.LongLength <= 64 * 1024));
        Assert.Equal(2, packed.Parts.Count);
        Assert.Equal(["A - Một", "B - Hai"], packed.Parts[0].Labels);
        Assert.Equal(["B - Hai", "C - Ba"], packed.Parts[1].Labels);
    }

    [Theory]
    [InlineData("../../etc/passwd", "_.._etc_passwd")]
    [InlineData("..", "tep")]
    [InlineData(" .hidden. ", "hidden")]
    [InlineData("a<b>c|d\"e.docx", "a_b_c_d_e.docx")]
    [InlineData("CON.txt", "_CON.txt")]
    [InlineData("Báo cáo\u200B QCDC\t.pdf", "Báo cáo QCDC.pdf")]
    public void Entry_names_are_safe_on_every_system(string given, string expected) =>
        Assert.Equal(expected, ZipEntryNames.Segment(given, "tep"));

    [Fact]
    public void Repeated_names_in_a_folder_are_numbered_ignoring_case()
    {
        var names = new UniqueNames();
        Assert.Equal("a.pdf", names.Claim("a.pdf"));
        Assert.Equal("A (2).PDF", names.Claim("A.PDF"));
        Assert.Equal("a (3).pdf", names.Claim("a.pdf"));
        Assert.Equal("b", names.Claim("b"));
        Assert.Equal("b (2)", names.Claim("b"));
    }

    private static byte[] FileBytes(ExportDataset data, string entryPath)
    {
        var code = entryPath.Split(" - ")[0];
        var name = entryPath.Split('/')[1];
        var files = data.PlanFiles[code];
        var names = new UniqueNames();
        return files.Single(f => names.Claim(ZipEntryNames.Segment(f.Name, "tep")) == name).Bytes;
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
