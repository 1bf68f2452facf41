using System.Text;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Hosting;
using QcdcBot.Bot.Hosting.Tools;
using QcdcBot.Storage;
using QcdcBot.Storage.Database;
using QcdcBot.Storage.Units;
using QcdcBot.Tests.Support;

namespace QcdcBot.Tests.Hosting;

/// <summary><c>units import</c> with the files Excel saves on a Vietnamese Windows computer, as bytes.</summary>
public sealed class UnitsImportTests : IDisposable
{
    // "Chi bộ Cục Thống kê" and "Đảng bộ Sở Y tế" in Windows-1258, as Excel's plain "CSV" saves them there:
    // base letters with combining tone marks (0xDE hỏi, 0xF2 nặng, 0xEC sắc) and single-byte ô, ơ, Đ.
    private static readonly byte[] Windows1258 =
    [
        .. "code,name,kind\nCTK,Chi b"u8, 0xF4, 0xF2, .. " C"u8, 0x75, 0xF2, .. "c Th"u8, 0xF4, 0xEC, .. "ng k"u8, 0xEA, .. ",chi b"u8, 0xF4, 0xF2, (byte)'\n',
        .. "SYT,"u8, 0xD0, 0x61, 0xDE, .. "ng b"u8, 0xF4, 0xF2, .. " S"u8, 0xF5, 0xDE, .. " Y t"u8, 0xEA, 0xEC, .. ","u8, 0xF0, 0x61, 0xDE, .. "ng b"u8, 0xF4, 0xF2, (byte)'\n',
    ];

    private readonly TempFolder _temp = new();

    private string DbPath => Path.Combine(_temp.Path, "store.db");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Excel_csv_utf8_with_a_bom_and_semicolons_is_imported()
    {
        var csv = Bytes([0xEF, 0xBB, 0xBF], "code;name;kind;tags\r\nCTK;Chi bộ Cục Thống kê;chi bộ;thong-ke\r\nSYT;\"Đảng bộ Sở Y tế; tỉnh\";đảng bộ;\r\n");

        var (exit, output) = await ImportAsync(csv, "--create");

        Assert.True(exit == 0, output);
        Assert.Contains("2 thêm mới", output, StringComparison.Ordinal);
        var units = await UnitsAsync();
        Assert.Equal(["CTK: Chi bộ Cục Thống kê [thong-ke]", "SYT: Đảng bộ Sở Y tế; tỉnh []"], units.Select(u => $"{u.Code}: {u.Name} [{string.Join(',', u.Tags)}]").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Vietnamese_column_names_are_read_like_the_english_ones()
    {
        var (exit, output) = await ImportAsync(Bytes([], "Mã;Tên đơn vị;Loại;Nhãn\nCTK;Chi bộ Cục Thống kê;Chi Bộ;thong-ke\n"), "--create");

        Assert.True(exit == 0, output);
        var unit = Assert.Single(await UnitsAsync());
        Assert.Equal(("CTK", "Chi bộ Cục Thống kê", UnitKind.ChiBo, "thong-ke"), (unit.Code, unit.Name, unit.Kind, string.Join(',', unit.Tags)));
    }

    [Fact]
    public async Task Utf8_without_a_bom_and_commas_is_imported_as_before()
    {
        var (exit, output) = await ImportAsync(Bytes([], "code,name,kind\nCTK,Chi bộ Cục Thống kê,chi bộ\n"), "--create");

        Assert.True(exit == 0, output);
        Assert.Equal("Chi bộ Cục Thống kê", Assert.Single(await UnitsAsync()).Name);
    }

    [Fact]
    public async Task A_windows_1258_file_is_refused_with_how_to_save_it_as_csv_utf8_and_nothing_is_written()
    {
        var (exit, output) = await ImportAsync(Windows1258, "--create");

        Assert.Equal(2, exit);
        Assert.Contains("không phải UTF-8 (từ dòng 2", output, StringComparison.Ordinal);
        Assert.Contains("\"CSV UTF-8 (Comma delimited) (*.csv)\"", output, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task A_unit_code_of_only_digits_is_refused_with_its_line()
    {
        var (exit, output) = await ImportAsync(Bytes([], "code;name;kind\nCTK;Chi bộ Cục Thống kê;chi bộ\n12;Chi bộ số 12;chi bộ\n"), "--create");

        Assert.Equal(1, exit);
        Assert.Contains("dòng 3: Mã đơn vị '12' chỉ có chữ số", output, StringComparison.Ordinal);
        Assert.Empty(await UnitsAsync());
    }

    [Fact]
    public async Task A_store_path_that_does_not_exist_is_refused_unless_create_is_given()
    {
        var csv = Bytes([], "code,name,kind\nCTK,Chi bộ Cục Thống kê,chi bộ\n");

        var (refused, output) = await ImportAsync(csv);
        Assert.Equal(1, refused);
        Assert.Contains($"Không tìm thấy cơ sở dữ liệu {DbPath}", output, StringComparison.Ordinal);
        Assert.Contains("thêm --create", output, StringComparison.Ordinal);
        Assert.False(File.Exists(DbPath));

        var (created, _) = await ImportAsync(csv, "--create");
        var (again, _) = await ImportAsync(csv);
        Assert.Equal((0, 0), (created, again));
        Assert.Single(await UnitsAsync());
    }

    private static byte[] Bytes(byte[] prefix, string text) => [.. prefix, .. Encoding.UTF8.GetBytes(text)];

    [Fact]
    public async Task A_new_code_with_a_name_already_in_the_store_is_refused_unless_allowed()
    {
        await ImportAsync(Bytes([], "code,name,kind\nSYT,Đảng bộ Sở Y tế,đảng bộ\n"), "--create");

        var (refused, output) = await ImportAsync(Bytes([], "code,name,kind\nSYTE,Đảng bộ Sở Y tế,đảng bộ\n"));
        Assert.Equal(1, refused);
        Assert.Contains("Mã mới SYTE có cùng tên \"Đảng bộ Sở Y tế\" với đơn vị SYT đã có", output, StringComparison.Ordinal);
        Assert.Single(await UnitsAsync());

        var (allowed, allowedOutput) = await ImportAsync(Bytes([], "code,name,kind\nSYTE,Đảng bộ Sở Y tế,đảng bộ\n"), "--allow-same-name");
        Assert.True(allowed == 0, allowedOutput);
        Assert.Equal(2, (await UnitsAsync()).Count);
    }

    [Fact]
    public async Task Extra_cells_and_a_missing_code_are_reported_by_line_and_nothing_is_written()
    {
        var (exit, output) = await ImportAsync(Bytes([], "code,name,kind\nSKH,Đảng bộ Sở Kế hoạch, Đầu tư,đảng bộ\n,Chi bộ Cục Thống kê,chi bộ\nXYZ,Chi bộ Hội Nông dân, Khối, tỉnh,chi bộ\n"), "--create");

        Assert.Equal(1, exit);
        // The cause is named (the comma in the name), not the kind pushed out of its column.
        Assert.Contains("dòng 2: Dòng có 4 ô, nhiều hơn 3 cột của tiêu đề: tên \"Đảng bộ Sở Kế hoạch, Đầu tư\" có dấu phẩy nên bị tách thành 2 ô. " +
                        "Tên có dấu phẩy cần đặt trong ngoặc kép, ví dụ: SKH,\"Đảng bộ Sở Kế hoạch, Đầu tư\",…", output, StringComparison.Ordinal);
        Assert.Contains("dòng 4: Dòng có 5 ô, nhiều hơn 3 cột của tiêu đề: tên \"Chi bộ Hội Nông dân, Khối, tỉnh\" có dấu phẩy nên bị tách thành 3 ô.", output, StringComparison.Ordinal);
        Assert.Contains("dòng 3: Thiếu mã đơn vị ở dòng 3 (đơn vị \"Chi bộ Cục Thống kê\")", output, StringComparison.Ordinal);
        Assert.DoesNotContain("''", output, StringComparison.Ordinal);
        Assert.Empty(await UnitsAsync());
    }

    [Fact]
    public async Task The_offices_full_kind_names_are_accepted()
    {
        var (exit, output) = await ImportAsync(Bytes([], "code,name,kind\nSYT,Đảng bộ Sở Y tế,Đảng bộ cơ sở\nCTK,Chi bộ Cục Thống kê,Chi bộ trực thuộc\n"), "--create");

        Assert.True(exit == 0, output);
        Assert.Equal([UnitKind.ChiBo, UnitKind.DangBo], (await UnitsAsync()).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => u.Kind));
    }

    private async Task<(int Exit, string Output)> ImportAsync(byte[] csv, params string[] extra)
    {
        var file = Path.Combine(_temp.Path, "donvi.csv");
        await File.WriteAllBytesAsync(file, csv);
        var output = new StringWriter();
        var exit = await CommandLineTools.RunAsync(["units", "import", file, .. extra], output, b => b.Configuration["Storage:Path"] = DbPath);
        return (exit, output.ToString());
    }

    private async Task<IReadOnlyList<Unit>> UnitsAsync()
    {
        if (!File.Exists(DbPath))
        {
            return [];
        }

        using var database = new SqliteDatabase(Options.Create(new StorageOptions { Path = DbPath }));
        return await new UnitStore(database, TimeProvider.System).AllAsync();
    }
}
