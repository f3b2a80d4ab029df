namespace RetailCrm.Segmentation;

using System.Globalization;
using System.Security;
using System.Text;

public sealed partial class PyramidReport
{
    private const int Width = 480;
    private const int BandHeight = 56;
    private const int Top = 40;

    /// <summary>
    /// The report as an SVG pyramid a storefront can show: one band per level, the bottom level
    /// widest, each labelled with its name, count and share. A pure function of the report.
    /// </summary>
    /// <returns>A standalone SVG document.</returns>
    public string ToSvg()
    {
        var invariant = CultureInfo.InvariantCulture;
        var bands = Levels.Count;
        var height = Top + (bands * BandHeight) + 16;
        var svg = new StringBuilder();
        svg.Append(invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(Title)}\">");
        svg.Append(invariant, $"<text x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"16\" font-weight=\"bold\">{Escape(Title)}</text>");
        for (var row = 0; row < bands; row++)
        {
            // Row 0 is the top band (the last level); each band below is wider, like a pyramid.
            var level = Levels[bands - 1 - row];
            var y = Top + (row * BandHeight);
            var topHalf = HalfWidth(row, bands);
            var bottomHalf = HalfWidth(row + 1, bands);
            var centre = Width / 2m;
            var points = string.Join(
                " ",
                Point(centre - topHalf, y),
                Point(centre + topHalf, y),
                Point(centre + bottomHalf, y + BandHeight - 2),
                Point(centre - bottomHalf, y + BandHeight - 2));
            var shade = 40 + (row * 150 / Math.Max(1, bands - 1));
            svg.Append(invariant, $"<polygon points=\"{points}\" fill=\"rgb({shade},{shade + 40},{Math.Min(255, shade + 110)})\" stroke=\"white\" stroke-width=\"2\"><title>{Escape(level.Level.Name)}: {level.Count} ({level.Share})</title></polygon>");
            svg.Append(invariant, $"<text x=\"{Width / 2}\" y=\"{y + (BandHeight / 2) + 5}\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"13\" fill=\"{(row < bands / 2 ? "white" : "black")}\">{Escape(level.Level.Name)} {level.Count.ToString("N0", invariant)} ({level.Share})</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    // The top of the pyramid is narrow, never a point, so the top label stays readable.
    private static decimal HalfWidth(int row, int bands) => 30m + ((Width / 2m - 40m) * row / bands);

    private static string Point(decimal x, decimal y) =>
        string.Create(CultureInfo.InvariantCulture, $"{decimal.Round(x, 1)},{decimal.Round(y, 1)}");

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
