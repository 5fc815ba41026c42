using SkiaSharp;

namespace HoeWerktMijnStad.Web.Features.Demo;

/// <summary>Simple drawn pictures for the demo tours: no photos of real places or people exist for fictional
/// partners, so each step gets a flat illustration (shapes only, no text, so no fonts are needed), encoded
/// as WebP like an uploaded photo after its re-encoding.</summary>
internal static partial class DemoIllustrations
{
    public const int Width = 1200;
    public const int Height = 800;

    private static readonly SKColor Sky = new(0xD8, 0xEA, 0xF8);
    private static readonly SKColor Ground = new(0x9C, 0xC9, 0x8A);
    private static readonly SKColor Wall = new(0xF1, 0xE4, 0xD0);
    private static readonly SKColor Brick = new(0xB8, 0x5C, 0x3C);
    private static readonly SKColor Blue = new(0x0B, 0x5C, 0xAD);
    private static readonly SKColor Ink = new(0x1B, 0x24, 0x30);
    private static readonly SKColor Copper = new(0xC8, 0x76, 0x3A);
    private static readonly SKColor Steel = new(0x8A, 0x96, 0xA3);
    private static readonly SKColor Water = new(0x3D, 0x8E, 0xD0);
    private static readonly SKColor Orange = new(0xF2, 0xA9, 0x00);

    /// <summary>The picture for a scene, as WebP bytes.</summary>
    public static (byte[] Bytes, int Width, int Height) Draw(string scene)
    {
        using var bitmap = new SKBitmap(Width, Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Sky);
            Scene(scene)(canvas);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Webp, 80);
        return (data.ToArray(), Width, Height);
    }

    private static Action<SKCanvas> Scene(string scene) => scene switch
    {
        "werkplaats" => Workshop,
        "buitenunit" => OutdoorUnit,
        "leidingen" => Pipes,
        "vloerverwarming" => FloorHeating,
        "warmtecamera" => ThermalCamera,
        "gereedschap" => Tools,
        "sluis" => Lock,
        "bediening" => ControlRoom,
        "hydrauliek" => Hydraulics,
        "brug" => Bridge,
        "onderwater" => Underwater,
        "camera" => Cameras,
        _ => throw new ArgumentOutOfRangeException(nameof(scene), scene, "No such demo illustration."),
    };

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(SKColor color, float width) =>
        new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round };

    private static void Rect(SKCanvas canvas, SKColor color, float x, float y, float w, float h, float radius = 0)
    {
        using var paint = Fill(color);
        canvas.DrawRoundRect(new SKRect(x, y, x + w, y + h), radius, radius, paint);
    }

    private static void Circle(SKCanvas canvas, SKColor color, float x, float y, float r)
    {
        using var paint = Fill(color);
        canvas.DrawCircle(x, y, r, paint);
    }

    private static void Line(SKCanvas canvas, SKColor color, float width, params SKPoint[] points)
    {
        using var paint = Stroke(color, width);
        using var path = PathOf(points, close: false);
        canvas.DrawPath(path, paint);
    }

    private static void Polygon(SKCanvas canvas, SKColor color, params SKPoint[] points)
    {
        using var paint = Fill(color);
        using var path = PathOf(points, close: true);
        canvas.DrawPath(path, paint);
    }

    private static SKPath PathOf(SKPoint[] points, bool close)
    {
        using var builder = new SKPathBuilder();
        builder.MoveTo(points[0].X, points[0].Y);
        foreach (var point in points.Skip(1))
        {
            builder.LineTo(point.X, point.Y);
        }

        if (close)
        {
            builder.Close();
        }

        return builder.Detach();
    }

    private static void GroundStrip(SKCanvas canvas, SKColor color) => Rect(canvas, color, 0, 620, Width, 180);

    private static void Workshop(SKCanvas canvas)
    {
        GroundStrip(canvas, Ground);
        Rect(canvas, Wall, 160, 260, 760, 360);
        Polygon(canvas, Ink, new SKPoint(130, 270), new SKPoint(540, 120), new SKPoint(950, 270));

        Rect(canvas, Steel, 420, 380, 240, 240, 6);
        for (var y = 400f; y < 610; y += 30)
        {
            Line(canvas, Ink.WithAlpha(80), 4, new SKPoint(430, y), new SKPoint(650, y));
        }

        Rect(canvas, Blue, 220, 330, 140, 100, 8);
        Rect(canvas, Blue, 720, 330, 140, 100, 8);
        Rect(canvas, SKColors.White, 880, 520, 260, 120, 24);
        Rect(canvas, Blue, 880, 560, 260, 26);
        Circle(canvas, Ink, 940, 645, 30);
        Circle(canvas, Ink, 1080, 645, 30);
    }

    private static void OutdoorUnit(SKCanvas canvas)
    {
        Rect(canvas, Brick, 0, 0, Width, 640);
        for (var y = 20f; y < 640; y += 60)
        {
            Line(canvas, Wall.WithAlpha(120), 4, new SKPoint(0, y), new SKPoint(Width, y));
        }

        GroundStrip(canvas, Steel);
        Rect(canvas, SKColors.White, 300, 300, 600, 330, 18);
        Circle(canvas, Ink, 480, 465, 125);
        Circle(canvas, Steel, 480, 465, 110);
        using (var blade = Fill(Ink))
        {
            for (var angle = 0; angle < 360; angle += 90)
            {
                canvas.Save();
                canvas.RotateDegrees(angle + 20, 480, 465);
                canvas.DrawOval(new SKRect(470, 365, 510, 465), blade);
                canvas.Restore();
            }
        }

        Rect(canvas, Ink, 680, 360, 160, 20, 6);
        Rect(canvas, Ink, 680, 410, 160, 20, 6);
        Line(canvas, Copper, 18, new SKPoint(880, 560), new SKPoint(980, 560), new SKPoint(980, 120));
        Line(canvas, Blue, 18, new SKPoint(880, 590), new SKPoint(1020, 590), new SKPoint(1020, 120));
    }

    private static void Pipes(SKCanvas canvas)
    {
        canvas.Clear(Wall);
        Rect(canvas, Steel, 0, 560, Width, 240);
        Line(canvas, Copper, 30, new SKPoint(100, 200), new SKPoint(500, 200), new SKPoint(500, 450), new SKPoint(900, 450));
        Line(canvas, Copper, 30, new SKPoint(100, 300), new SKPoint(400, 300), new SKPoint(400, 520), new SKPoint(1100, 520));
        Line(canvas, Blue, 30, new SKPoint(700, 120), new SKPoint(700, 350), new SKPoint(1100, 350));
        foreach (var (x, y) in new[] { (500f, 200f), (500f, 450f), (400f, 300f), (400f, 520f), (700f, 350f) })
        {
            Circle(canvas, Orange, x, y, 26);
        }

        Rect(canvas, Ink, 780, 600, 300, 60, 12);
        Rect(canvas, Orange, 1060, 590, 90, 80, 12);
    }
}
